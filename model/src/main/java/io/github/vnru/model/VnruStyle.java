package io.github.vnru.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every vnru value type: forward-only builders, singular
 * adders ({@code addAlias}, {@code addParty}) and {@code withX(...)} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "boilerplate:boilerplate", "person:persons"},
    weakInterning = true, // interned ids (PersonId, PartyId) are shared, not leaked
    defaults = @Value.Immutable(copy = true))
public @interface VnruStyle {}
