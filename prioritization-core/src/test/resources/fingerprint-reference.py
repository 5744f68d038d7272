#!/usr/bin/env python3
"""An independent implementation of the audit fingerprints, from their documentation alone.

Profile.fingerprint() and Result.fingerprint() document the canonical encodings; this script
follows that text to recompute the two fingerprints pinned in FingerprintGoldenTest, so that an
auditor can check a published fingerprint without running the library. Standard library only.
"""
import hashlib
import struct

MASK = (1 << 64) - 1


def int32(x):
    return struct.pack('<i', x)


def int64(x):
    return struct.pack('<q', x)


def string(s):
    b = s.encode('utf-8')
    return int32(len(b)) + b


def order_key(ints):
    """The canonical ballot order: the order hash's high 32 bits (signed), then the integers."""
    h = (0x9E3779B97F4A7C15 ^ len(ints)) & MASK
    for x in ints:
        h = ((h ^ (x & MASK)) * 0xBF58476D1CE4E5B9) & MASK
        h ^= h >> 31
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK
    h ^= h >> 31
    high = h >> 32
    if high >= 1 << 31:
        high -= 1 << 32
    return (high, ints)


def profile_fingerprint(kind, limits, candidates, ballots):
    """ballots: list of (integers, count) as documented in Profile.fingerprint()."""
    enc = string('prioritization/profile/1') + string(kind)
    enc += int32(len(limits)) + b''.join(int32(x) for x in limits)
    enc += int32(len(candidates)) + b''.join(string(c) for c in candidates)
    enc += int32(len(ballots))
    for ints, count in sorted(ballots, key=lambda b: order_key(b[0])):
        enc += int32(len(ints)) + b''.join(int32(x) for x in ints) + int64(count)
    return hashlib.sha256(enc).hexdigest()


def result_fingerprint(version, profile, rule, options, tie_breaker):
    enc = string('prioritization/result/1') + string(version) + string(profile) + string(rule)
    enc += int32(len(options))
    for name in sorted(options):
        enc += string(name) + string(options[name])
    enc += string(tie_breaker)
    return hashlib.sha256(enc).hexdigest()


if __name__ == '__main__':
    # 2 a > b > c, 1 c > b > a, 1 b > c > a; a, b, c have indices 0, 1, 2.
    p = profile_fingerprint('ranked', [], ['a', 'b', 'c'], [([0, 1, 2], 2), ([2, 1, 0], 1), ([1, 2, 0], 1)])
    print(p)
    print(result_fingerprint('0.1.0', p, 'borda', {}, 'none'))
    # All six rankings of a, b, c, with counts 1 to 6, so that the ballot order matters:
    # a>b>c 1, a>c>b 2, b>a>c 3, b>c>a 4, c>a>b 5, c>b>a 6.
    rankings = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
    print(profile_fingerprint('ranked', [], ['a', 'b', 'c'], [(r, i + 1) for i, r in enumerate(rankings)]))
    # An approval profile with cap 2: {a} 3, {a, c} 1, {} 2.
    print(profile_fingerprint('approval', [2], ['a', 'b', 'c'], [([0], 3), ([0, 2], 1), ([], 2)]))
