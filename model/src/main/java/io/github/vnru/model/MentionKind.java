package io.github.vnru.model;

/** What a {@link Mention} names. */
public enum MentionKind {
  PERSON,
  PARTY,
  PLACE
}
