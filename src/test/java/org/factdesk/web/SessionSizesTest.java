package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSizesTest {

  @Test
  void aSerializableValueCountsTheBytesJavaSerializationWrites() throws IOException {
    List<String> value = new ArrayList<>(List.of("a page's state", "x".repeat(5_000)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    assertEquals(bytes.size(), SessionSizes.serializedSize(value));
  }

  @Test
  void aValueThatDoesNotSerializeIsMinusOne() {
    assertEquals(-1, SessionSizes.serializedSize(List.of(new Object())));
  }
}
