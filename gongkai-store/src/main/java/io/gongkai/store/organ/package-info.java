/**
 * Organs (机关): reading a printed name (key, level, region) by data-driven rules, and keeping organs with their
 * aliases in the database, so that one organ printed under variant names is one organ, and a person can merge two or
 * split one.
 */
package io.gongkai.store.organ;
