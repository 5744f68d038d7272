package dk.prioritization.core.internal;

import java.util.Arrays;

/**
 * A growable table of distinct ballots, each an int sequence, with summed counts.
 *
 * <p>Ballots are kept in order of first appearance (so nothing depends on hash order); an
 * open-addressing index over them finds a repeated ballot in expected constant time. Memory is
 * the flat int data plus a few ints per distinct ballot, whatever the number of repeats.
 */
public final class BallotTable {
  private int[] data = new int[64];
  private int dataSize;
  private int[] offsets = new int[17];
  private long[] counts = new long[16];
  private int size;
  private int[] index = new int[32]; // id + 1, 0 = empty
  private int mask = 31;

  /**
   * Adds {@code count} copies of the ballot {@code key[0..length)}.
   *
   * @param key the ballot's encoding
   * @param length the number of ints used
   * @param count how many voters cast it, positive
   * @return the ballot's id, from 0 in order of first appearance
   * @throws ArithmeticException if the summed count overflows
   */
  public int add(int[] key, int length, long count) {
    int h = hash(key, length);
    int slot = h & mask;
    while (true) {
      int entry = index[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      if (equalsAt(id, key, length)) {
        counts[id] = Math.addExact(counts[id], count);
        return id;
      }
      slot = (slot + 1) & mask;
    }
    int id = size;
    ensureCapacity(length);
    System.arraycopy(key, 0, data, dataSize, length);
    dataSize += length;
    counts[id] = count;
    size++;
    offsets[size] = dataSize;
    index[slot] = id + 1;
    if (size * 2 > mask) {
      rehash();
    }
    return id;
  }

  /** Returns the number of distinct ballots. */
  public int size() {
    return size;
  }

  /** Returns the flat data, trimmed to its length. */
  public int[] data() {
    return Arrays.copyOf(data, dataSize);
  }

  /** Returns the offsets of the ballots in {@link #data()}, {@code size() + 1} of them. */
  public int[] offsets() {
    return Arrays.copyOf(offsets, size + 1);
  }

  /** Returns the counts, {@code size()} of them. */
  public long[] counts() {
    return Arrays.copyOf(counts, size);
  }

  private boolean equalsAt(int id, int[] key, int length) {
    int from = offsets[id];
    if (offsets[id + 1] - from != length) {
      return false;
    }
    return Arrays.equals(data, from, from + length, key, 0, length);
  }

  private void ensureCapacity(int length) {
    if (dataSize + length > data.length) {
      data = Arrays.copyOf(data, Math.max(dataSize + length, grow(data.length)));
    }
    if (size + 1 >= counts.length) {
      counts = Arrays.copyOf(counts, grow(counts.length));
      offsets = Arrays.copyOf(offsets, counts.length + 1);
    }
  }

  private static int grow(int length) {
    long next = length + (length >> 1) + 16L;
    if (next > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("too many distinct ballots for one profile");
    }
    return (int) next;
  }

  private void rehash() {
    int newMask = mask * 2 + 1;
    int[] newIndex = new int[newMask + 1];
    for (int id = 0; id < size; id++) {
      int from = offsets[id];
      int slot = hash(data, from, offsets[id + 1] - from) & newMask;
      while (newIndex[slot] != 0) {
        slot = (slot + 1) & newMask;
      }
      newIndex[slot] = id + 1;
    }
    index = newIndex;
    mask = newMask;
  }

  private static int hash(int[] key, int length) {
    return hash(key, 0, length);
  }

  private static int hash(int[] a, int from, int length) {
    return (int) orderHash(a, from, length);
  }

  /**
   * Returns the 64-bit order hash of {@code a[from .. from+length)}: starting from
   * {@code h = 0x9E3779B97F4A7C15 ^ length}, each integer x does
   * {@code h = (h ^ x) * 0xBF58476D1CE4E5B9; h ^= h >>> 31}, and the result is finished with
   * SplitMix64's mixer {@code h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9;
   * h = (h ^ (h >>> 27)) * 0x94D049BB133111EB; h ^= h >>> 31} (64-bit wrapping arithmetic, x
   * sign-extended). It is part of the documented fingerprint encoding, so it must never change.
   *
   * @param a the integers
   * @param from the first index
   * @param length how many
   * @return the hash
   */
  public static long orderHash(int[] a, int from, int length) {
    long h = 0x9E3779B97F4A7C15L ^ length;
    for (int i = from; i < from + length; i++) {
      h = (h ^ a[i]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
