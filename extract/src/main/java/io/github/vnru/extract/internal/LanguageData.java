package io.github.vnru.extract.internal;

import io.github.vnru.model.Language;

/**
 * Reads every built-in language file once, so that a malformed one stops the program where the
 * extractor is made, with its file and line, instead of failing every article later.
 */
public final class LanguageData {
  /** The first failure, kept: a class whose data failed to load cannot be loaded again. */
  private static volatile RuntimeException failure;
  private static volatile boolean loaded;

  private LanguageData() {}

  /**
   * Reads the language packs, date words, mention words and name rules of every language.
   *
   * @throws IllegalStateException naming the file and line of a malformed line (the same one on
   *     every call)
   */
  public static synchronized void load() {
    if (loaded) {
      return;
    }
    if (failure != null) {
      throw failure;
    }
    try {
      for (Language l : Language.values()) {
        LanguagePack.of(l);
        MentionWords.of(l);
      }
      DateWords.languages();
      RussianTranscription.defaults().vietnamese("а");
      RussianNames.defaults();
      NameKeys.defaults();
      loaded = true;
    } catch (ExceptionInInitializerError e) {
      // a pack read in a static initializer
      failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      throw failure;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }
}
