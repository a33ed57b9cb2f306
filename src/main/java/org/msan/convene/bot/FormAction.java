package org.msan.convene.bot;

import java.util.Map;

/** What a submitted form does; its id carries what it needs besides the fields, as a button's does. */
public interface FormAction {

  /** The first part of the ids this action answers ("teach"). */
  String prefix();

  /** @param values the submitted fields by field id */
  Reply submit(ButtonId id, Map<String, String> values, CommandRequest request);
}
