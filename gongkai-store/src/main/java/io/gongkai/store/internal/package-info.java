/** Helpers of the store that are not its API: the SQL resources and row mapping. */
package io.gongkai.store.internal;
