package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 4a: a national-party phrase ({@code the Russian Party}) names the party of that country
 * the article named last, or the country's one party in the registry when none was named ({@code
 * the Vietnamese Party}: CPV), replacing whatever was found inside it. Phrases from
 * {@code mentions.tsv}.
 */
final class NationalParties {
  private final MentionWords words;

  NationalParties(MentionWords words) {
    this.words = words;
  }

  void add(Scanned s, List<Item> items, RecentParties recentParties) {
    if (!words.mayHoldNationalParty(s.text())) {
      return;
    }
    Matcher m = words.nationalParty().matcher(s.text());
    while (m.find()) {
      String id = recentParties.lastOfCountry(words.nationalPartyCountry(m.group()));
      if (id == null) {
        continue;
      }
      int a = m.start();
      int b = m.end();
      items.removeIf(i -> i.start < b && a < i.end);
      items.add(new Item(TermKind.PARTY, id, a, b, null));
    }
  }
}
