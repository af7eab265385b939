/**
 * The vnru domain model: immutable records of Vietnam–Russia party and leader diplomacy.
 *
 * <p>An {@link io.github.vnru.model.Article} is one parsed news report. It carries the
 * {@link io.github.vnru.model.Meeting}s it reports, the persons ({@link
 * io.github.vnru.model.PersonId}) and parties ({@link io.github.vnru.model.PartyId}) it names,
 * and everything else the source said, including page junk kept apart as boilerplate. {@link
 * io.github.vnru.model.Person} and {@link io.github.vnru.model.Party} are registry entries. All
 * types are immutable, validate themselves on construction, and read and write JSON through
 * {@link io.github.vnru.model.json.VnruJson}.
 */
@VnruStyle
package io.github.vnru.model;
