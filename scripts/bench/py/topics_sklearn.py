#!/usr/bin/python3
"""Times scikit-learn on the topics pipeline, for side-by-side figures in topicsBench.ts.

Usage: topics_sklearn.py DOCS.csv[.gz] KS SAMPLE_SIZE
  DOCS.csv    a CSV with a hashtags_doc column (one space-separated hashtag document per row)
  KS          comma-separated k values, e.g. 2,3,4
  SAMPLE_SIZE silhouettes are exact up to this many documents, else on a sample of this size
Runs TfidfVectorizer(token_pattern=r'#\\w+') then, per k, KMeans(n_init=10, random_state=0) and
silhouette_score with metric='cosine' and 'euclidean' (sample_size, random_state=0 when sampled).
Prints one JSON object: {"tfidf_seconds", "per_k": [{"k", "kmeans_seconds", "silhouette_seconds",
"inertia", "silhouette_cosine", "silhouette_euclidean"}], "n_docs", "sampled", "sklearn"}.
"""
import json
import sys
import time
import warnings

import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score


def main():
    path, ks, sample_size = sys.argv[1], [int(k) for k in sys.argv[2].split(",")], int(sys.argv[3])
    warnings.filterwarnings("ignore")  # the n_init default-change FutureWarning
    docs = pd.read_csv(path)["hashtags_doc"].astype(str)
    t0 = time.perf_counter()
    x = TfidfVectorizer(token_pattern=r"#\w+", lowercase=True).fit_transform(docs)
    tfidf_seconds = time.perf_counter() - t0
    sampled = x.shape[0] > sample_size
    extra = {"sample_size": sample_size, "random_state": 0} if sampled else {}
    per_k = []
    for k in ks:
        t0 = time.perf_counter()
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x)
        kmeans_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        cos = silhouette_score(x, km.labels_, metric="cosine", **extra)
        euc = silhouette_score(x, km.labels_, metric="euclidean", **extra)
        per_k.append({"k": k, "kmeans_seconds": kmeans_seconds, "silhouette_seconds": time.perf_counter() - t0,
                      "inertia": km.inertia_, "silhouette_cosine": cos, "silhouette_euclidean": euc})
    json.dump({"tfidf_seconds": tfidf_seconds, "per_k": per_k, "n_docs": x.shape[0], "sampled": sampled,
               "sklearn": sklearn.__version__}, sys.stdout)


if __name__ == "__main__":
    main()
