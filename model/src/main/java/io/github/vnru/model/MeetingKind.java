package io.github.vnru.model;

/** How the participants of a {@link Meeting} met. */
public enum MeetingKind {
  /** In person: talks, a reception, a meeting. */
  MEETING,
  /** A telephone conversation. */
  PHONE_CALL,
  /** A video conference or online talks. */
  VIDEO_CALL,
  /** A letter, message or telegram. */
  LETTER
}
