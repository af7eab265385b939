/**
 * Fluent, typed, indexed queries over a corpus of parsed articles.
 *
 * <p>The entry point is {@link io.github.vnru.query.Corpus}: build one from articles ({@link
 * io.github.vnru.query.Corpus#of(Iterable)}), from raw files ({@link
 * io.github.vnru.query.Corpus#load(java.nio.file.Path...)}), from JSON Lines ({@link
 * io.github.vnru.query.Corpus#readJsonLines(java.nio.file.Path)}) or from the embedded seeds
 * ({@link io.github.vnru.query.Corpus#seeds()}), then ask:
 *
 * <pre>{@code
 * List<Meeting> calls = corpus.meetings()
 *     .involving("Nguyễn Phú Trọng")
 *     .with("Putin")
 *     .ofKind(MeetingKind.PHONE_CALL)
 *     .inYears(2020, 2021)
 *     .oldestFirst()
 *     .list();
 * }</pre>
 *
 * <p>Filters return a new immutable query of the same type, so a query is safe to keep, share and
 * extend; ordering moves to a sorted type ({@link io.github.vnru.query.SortedMeetingQuery}) that
 * offers {@code limit}, {@code skip} and the terminal operations {@code list()}, {@code stream()},
 * {@code count()} and {@code first()}. Every method's result must be used: a dropped {@code
 * .with("Putin")} is a bug.
 */
@CheckReturnValue
package io.github.vnru.query;

import com.google.errorprone.annotations.CheckReturnValue;
