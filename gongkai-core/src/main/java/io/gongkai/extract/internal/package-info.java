/** The extractor's inner parts; not API. */
package io.gongkai.extract.internal;
