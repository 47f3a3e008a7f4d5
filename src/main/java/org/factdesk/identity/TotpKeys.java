package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.factdesk.platform.DemoMode;

/**
 * The key TOTP secrets are sealed with (docs/decisions/0037), from configuration: {@code
 * factdesk.totp.key} (e.g. {@code FACTDESK_TOTP_KEY}, base64 of 32 random bytes), or a file named
 * by {@code factdesk.totp.key-file}; {@code factdesk.totp.previous-keys} (comma-separated) only
 * open secrets sealed before a key change. In demo mode without either, a key is made once and kept
 * in {@value #DEMO_KEY_FILE}. Outside demo mode without a key, nobody can enrol a second factor:
 * the message says what an operator sets.
 */
@ApplicationScoped
public class TotpKeys {

  static final String DEMO_KEY_FILE = "data/demo/totp.key";

  static final String NO_KEY =
      "Second factors cannot be turned on: this server has no key to encrypt their secrets. An"
          + " operator sets FACTDESK_TOTP_KEY (base64 of 32 random bytes, e.g. `openssl rand"
          + " -base64 32`) and restarts; see README, Security.";

  private static final Logger LOG = Logger.getLogger(TotpKeys.class.getName());

  private volatile TotpCipher cipher;

  /** The cipher, read from configuration on first use. */
  public TotpCipher cipher() {
    TotpCipher c = cipher;
    if (c == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = load(ConfigProvider.getConfig(TotpKeys.class.getClassLoader()));
        }
        c = cipher;
      }
    }
    return c;
  }

  static TotpCipher load(Config config) {
    List<byte[]> previous = new ArrayList<>();
    for (String key :
        config
            .getOptionalValue("factdesk.totp.previous-keys", String.class)
            .orElse("")
            .split(",")) {
      if (!key.isBlank()) {
        previous.add(TotpCipher.parseKey("factdesk.totp.previous-keys", key));
      }
    }
    Optional<String> key = config.getOptionalValue("factdesk.totp.key", String.class);
    if (key.isPresent() && !key.get().isBlank()) {
      LOG.info("TOTP secrets are sealed with the key of factdesk.totp.key");
      return new TotpCipher(TotpCipher.parseKey("factdesk.totp.key", key.get()), previous);
    }
    Optional<String> file = config.getOptionalValue("factdesk.totp.key-file", String.class);
    if (file.isPresent() && !file.get().isBlank()) {
      LOG.info(() -> "TOTP secrets are sealed with the key in " + file.get());
      return new TotpCipher(
          TotpCipher.parseKey("factdesk.totp.key-file " + file.get(), read(Path.of(file.get()))),
          previous);
    }
    if (DemoMode.isOn()) {
      Path demo = Path.of(DEMO_KEY_FILE).toAbsolutePath();
      LOG.info(() -> "Demo mode: TOTP secrets are sealed with the demo key in " + demo);
      return new TotpCipher(TotpCipher.parseKey(demo.toString(), demoKey(demo)), previous);
    }
    LOG.warning(
        "No factdesk.totp.key: nobody can enrol a second factor until an operator sets one");
    return TotpCipher.withoutKey(NO_KEY, previous);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the TOTP key file " + file, e);
    }
  }

  /**
   * The demo key: made once, owner-readable only, and published by a hard link so that two
   * instances starting at once in one folder end up with the same key.
   */
  static String demoKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), "totp", ".key");
        try {
          Files.writeString(fresh, TotpCipher.newKey(), StandardCharsets.US_ASCII);
          try {
            Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply
          }
          Files.createLink(file, fresh);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
          // keep theirs
        } finally {
          Files.deleteIfExists(fresh);
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo TOTP key in " + file, e);
    }
  }
}
