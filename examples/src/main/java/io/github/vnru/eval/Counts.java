package io.github.vnru.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The tallies of a score, for one article or summed over many, and the figures made from them.
 *
 * <p>Field accuracy counts the article's scored fields ({@code language}, {@code url}, {@code
 * publisher}, {@code publishedDate}, {@code title} when gold has one) and, for every matched
 * meeting, its {@code kind}, {@code date}, {@code country} and {@code parties}. Meetings are
 * counted as true positives (a predicted meeting with exactly a gold meeting's participants),
 * predicted and gold; letters are not counted with them. Letters (which {@code score.py} does not
 * score) are counted apart, matched by their participants alone. Mentions are the article's persons
 * and parties as sets; the mention figures pool both, as {@code score.py} does.
 *
 * @param fieldsCorrect article fields that agree
 * @param fields article fields scored
 * @param meetingFieldsCorrect fields of matched meetings that agree
 * @param meetingFields fields of matched meetings scored
 * @param meetingsMatched gold meetings found
 * @param meetingsPredicted meetings predicted (not letters)
 * @param meetingsGold gold meetings (not letters)
 * @param personsMatched persons both predicted and in gold
 * @param personsPredicted persons predicted
 * @param personsGold persons in gold
 * @param partiesMatched parties both predicted and in gold
 * @param partiesPredicted parties predicted
 * @param partiesGold parties in gold
 * @param lettersMatched gold letters found (a predicted letter with exactly their participants)
 * @param lettersPredicted letters predicted
 * @param lettersGold gold letters
 */
public record Counts(
    int fieldsCorrect,
    int fields,
    int meetingFieldsCorrect,
    int meetingFields,
    int meetingsMatched,
    int meetingsPredicted,
    int meetingsGold,
    int personsMatched,
    int personsPredicted,
    int personsGold,
    int partiesMatched,
    int partiesPredicted,
    int partiesGold,
    int lettersMatched,
    int lettersPredicted,
    int lettersGold) {

  /** Nothing counted. */
  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Checks that no tally is negative and no part exceeds its whole. */
  public Counts {
    checkArgument(
        fieldsCorrect >= 0 && fieldsCorrect <= fields, "fields %s of %s", fieldsCorrect, fields);
    checkArgument(
        meetingFieldsCorrect >= 0 && meetingFieldsCorrect <= meetingFields,
        "meeting fields %s of %s",
        meetingFieldsCorrect,
        meetingFields);
    checkArgument(
        meetingsMatched >= 0
            && meetingsMatched <= meetingsPredicted
            && meetingsMatched <= meetingsGold,
        "meetings %s of %s predicted, %s gold",
        meetingsMatched,
        meetingsPredicted,
        meetingsGold);
    checkArgument(
        personsMatched >= 0 && personsMatched <= personsPredicted && personsMatched <= personsGold,
        "persons %s of %s predicted, %s gold",
        personsMatched,
        personsPredicted,
        personsGold);
    checkArgument(
        partiesMatched >= 0 && partiesMatched <= partiesPredicted && partiesMatched <= partiesGold,
        "parties %s of %s predicted, %s gold",
        partiesMatched,
        partiesPredicted,
        partiesGold);
    checkArgument(
        lettersMatched >= 0 && lettersMatched <= lettersPredicted && lettersMatched <= lettersGold,
        "letters %s of %s predicted, %s gold",
        lettersMatched,
        lettersPredicted,
        lettersGold);
  }

  /** The sum of two tallies. */
  public Counts plus(Counts o) {
    return new Counts(
        fieldsCorrect + o.fieldsCorrect,
        fields + o.fields,
        meetingFieldsCorrect + o.meetingFieldsCorrect,
        meetingFields + o.meetingFields,
        meetingsMatched + o.meetingsMatched,
        meetingsPredicted + o.meetingsPredicted,
        meetingsGold + o.meetingsGold,
        personsMatched + o.personsMatched,
        personsPredicted + o.personsPredicted,
        personsGold + o.personsGold,
        partiesMatched + o.partiesMatched,
        partiesPredicted + o.partiesPredicted,
        partiesGold + o.partiesGold,
        lettersMatched + o.lettersMatched,
        lettersPredicted + o.lettersPredicted,
        lettersGold + o.lettersGold);
  }

  /** Correct fields over scored fields, article and meeting fields together; 0 when none. */
  public double fieldAccuracy() {
    return (double) (fieldsCorrect + meetingFieldsCorrect) / Math.max(1, fields + meetingFields);
  }

  /** Matched over predicted meetings; 0 when none was predicted. */
  public double meetingPrecision() {
    return ratio(meetingsMatched, meetingsPredicted);
  }

  /** Matched over gold meetings; 0 when gold has none. */
  public double meetingRecall() {
    return ratio(meetingsMatched, meetingsGold);
  }

  /** The harmonic mean of meeting precision and recall; 0 when nothing matched. */
  public double meetingF1() {
    return f1(meetingsMatched, meetingsPredicted, meetingsGold);
  }

  /** Person and party mentions pooled: matched over predicted. */
  public double mentionPrecision() {
    return ratio(personsMatched + partiesMatched, personsPredicted + partiesPredicted);
  }

  /** Person and party mentions pooled: matched over gold. */
  public double mentionRecall() {
    return ratio(personsMatched + partiesMatched, personsGold + partiesGold);
  }

  /** Person and party mentions pooled: F1, the figure {@code score.py} reports. */
  public double mentionF1() {
    return f1(
        personsMatched + partiesMatched,
        personsPredicted + partiesPredicted,
        personsGold + partiesGold);
  }

  /** F1 of person mentions alone. */
  public double personF1() {
    return f1(personsMatched, personsPredicted, personsGold);
  }

  /** F1 of party mentions alone. */
  public double partyF1() {
    return f1(partiesMatched, partiesPredicted, partiesGold);
  }

  /** Matched over predicted letters; 0 when none was predicted. */
  public double letterPrecision() {
    return ratio(lettersMatched, lettersPredicted);
  }

  /** Matched over gold letters; 0 when gold has none. */
  public double letterRecall() {
    return ratio(lettersMatched, lettersGold);
  }

  /** The harmonic mean of letter precision and recall; 0 when nothing matched. */
  public double letterF1() {
    return f1(lettersMatched, lettersPredicted, lettersGold);
  }

  /** {@code field-accuracy 0.926 meeting-F1 0.643 mention-F1 0.883}, as {@code score.py} ends. */
  public String figures() {
    return "field-accuracy "
        + Py.fixed3(fieldAccuracy())
        + " meeting-F1 "
        + Py.fixed3(meetingF1())
        + " mention-F1 "
        + Py.fixed3(mentionF1());
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  private static double f1(int tp, int predicted, int gold) {
    return tp == 0 ? 0.0 : 2.0 * tp / (predicted + gold);
  }
}
