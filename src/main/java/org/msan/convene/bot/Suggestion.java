package org.msan.convene.bot;

/** An autocomplete choice: what the member sees and the value sent (an event's title and its id). */
public record Suggestion(String label, String value) {}
