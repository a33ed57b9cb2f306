package org.msan.convene.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Requests per client address, as a token bucket: a burst of {@code capacity} requests, then
 * {@code perSecond} a second. In: the client's address; out: whether it may be answered now.
 * Calendar apps poll a feed every few hours and a person opens one page, so the limits are far
 * above use and only stop a client that loops.
 */
final class RateLimiter {

  /** Beyond this many addresses, those whose bucket has refilled are forgotten (they would start full anyway). */
  private static final int MAX_TRACKED = 10_000;

  private final int capacity;
  private final double perSecond;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long refilledAt) {
      this.tokens = tokens;
      this.refilledAt = refilledAt;
    }
  }

  RateLimiter(int capacity, double perSecond, LongSupplier nanoTime) {
    if (capacity < 1 || perSecond <= 0) {
      throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive rate");
    }
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
  }

  /** Takes one request from the address's bucket; false when it is empty. */
  boolean allow(String address) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_TRACKED) {
      buckets.values().removeIf(bucket -> {
        synchronized (bucket) {
          return refill(bucket, now) >= capacity;
        }
      });
    }
    Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
    synchronized (bucket) {
      refill(bucket, now);
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }

  /** Whole seconds until the address may try again (at least 1). */
  long retryAfterSeconds() {
    return Math.max(1, (long) Math.ceil(1 / perSecond));
  }

  private double refill(Bucket bucket, long now) {
    double elapsed = (now - bucket.refilledAt) / 1e9;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * perSecond);
    bucket.refilledAt = now;
    return bucket.tokens;
  }
}
