/**
 * gongkai's root package: only the exception hierarchy lives here ({@link io.gongkai.GongkaiException} and its
 * failure-named subclasses), so every stage and front end can catch gongkai's failures in one place.
 */
package io.gongkai;
