/**
 * Comparing two readings of the same organ: what changed from one year's tables to the next. Pure functions of two
 * readings; the stored history and the pages that show it call them.
 */
package io.gongkai.compare;
