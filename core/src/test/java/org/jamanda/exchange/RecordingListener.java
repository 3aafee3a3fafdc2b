package org.jamanda.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A {@link ReplyListener} that records every call, for assertions. */
final class RecordingListener implements ReplyListener {
  final List<String> events = new ArrayList<>();
  IOException failure;

  @Override
  public void onPartialReply(String body) {
    events.add("PREP " + body);
  }

  @Override
  public void onReply(String body) {
    events.add("REP " + body);
  }

  @Override
  public void onNak(String body) {
    events.add("NAK " + body);
  }

  @Override
  public void onFailure(IOException cause) {
    failure = cause;
    events.add("FAILED " + cause.getMessage());
  }
}
