package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Passage vectors on disk ({@code data/embeddings.db}), keyed by a hash of the model id and the
 * passage text: a restart or a rebuilt index re-embeds nothing that was embedded before.
 */
public final class EmbeddingCache implements AutoCloseable {

  private final Connection connection;

  public EmbeddingCache(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA busy_timeout=10000");
        statement.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)");
      }
    } catch (SQLException | IOException e) {
      throw new KnowledgeFolderException("cannot open the embedding cache " + file + ": " + e.getMessage(), e);
    }
  }

  static String key(String modelId, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(modelId.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The cached vectors of these keys, read through one statement (a folder's vocabulary is tens of
   * thousands of keys); a key without a vector is left out.
   */
  synchronized Map<String, float[]> getAll(Collection<String> keys) {
    Map<String, float[]> vectors = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT vector FROM vectors WHERE key = ?")) {
      for (String key : keys) {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            vectors.put(key, fromBytes(row.getBytes(1)));
          }
        }
      }
      return vectors;
    } catch (SQLException e) {
      throw new KnowledgeFolderException("cannot read the embedding cache: " + e.getMessage(), e);
    }
  }

  synchronized void putAll(Map<String, float[]> vectors) {
    if (vectors.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)")) {
      connection.setAutoCommit(false);
      for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
        insert.setString(1, entry.getKey());
        insert.setBytes(2, toBytes(entry.getValue()));
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new KnowledgeFolderException("cannot write the embedding cache: " + e.getMessage(), e);
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is unusable anyway; the next call reports it
      }
    }
  }

  static byte[] toBytes(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  static float[] fromBytes(byte[] bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new KnowledgeFolderException("cannot close the embedding cache: " + e.getMessage(), e);
    }
  }
}
