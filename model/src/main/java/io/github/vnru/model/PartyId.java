package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * A party's identifier: its usual English abbreviation in capitals ({@code CPV}, {@code UR}).
 * Written in JSON as the bare string.
 */
@Value.Immutable(builder = false, copy = false, intern = true)
public abstract class PartyId implements Comparable<PartyId> {
  /** Only Immutables' implementation extends this class. */
  PartyId() {}

  /** Communist Party of Vietnam (Đảng Cộng sản Việt Nam). */
  public static final PartyId CPV = of("CPV");
  /** United Russia (Единая Россия, Đảng Nước Nga Thống nhất). */
  public static final PartyId UR = of("UR");
  /** A Just Russia (Справедливая Россия, Đảng nước Nga công bằng). */
  public static final PartyId SR = of("SR");
  /** Communist Party of the Russian Federation. */
  public static final PartyId KPRF = of("KPRF");
  /** Liberal Democratic Party of Russia. */
  public static final PartyId LDPR = of("LDPR");
  /** Workers' Party of Korea. */
  public static final PartyId WPK = of("WPK");
  /** Communist Party of the Soviet Union. */
  public static final PartyId CPSU = of("CPSU");

  /** The identifier text. */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 16 capital letters or digits
   *     starting with a letter
   */
  @JsonCreator
  public static PartyId of(String value) {
    return ImmutablePartyId.of(value);
  }

  @Value.Check
  void check() {
    checkArgument(
        Checks.isPartyIdForm(value()),
        "invalid party id '%s': expected capital letters such as CPV or UR",
        value());
  }

  @Override
  public int compareTo(PartyId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
