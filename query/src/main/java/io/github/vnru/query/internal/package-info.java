/**
 * Implementation details of {@code io.github.vnru.query}: posting lists, the query planner, the
 * year index and name matching. Not API; may change without notice.
 */
package io.github.vnru.query.internal;
