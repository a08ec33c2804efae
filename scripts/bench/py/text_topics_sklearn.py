#!/usr/bin/python3
"""scikit-learn baselines for text topics, on the same posts as ours (see docs/TOPICS.md).

Usage: text_topics_sklearn.py POSTS.csv K [LABEL_COLUMN]
  POSTS.csv     a CSV with a `text` column (and a label column, default `reason`)
  K             clusters
Runs, on the raw texts, each with random_state=0:
  kmeans       TfidfVectorizer(stop_words='english') + KMeans(n_init=10)
  nmf          TfidfVectorizer(stop_words='english') + NMF, each post to its heaviest component
  lsa_kmeans   TfidfVectorizer(stop_words='english', sublinear_tf=True, min_df=2) + TruncatedSVD(100)
               + Normalizer + KMeans(n_init=10) (scikit-learn's text clustering example)
Prints one JSON object: per method NMI and ARI against the labels, the largest cluster's share,
the five top terms of each cluster (heaviest centre or component weights) and seconds.
"""
import json
import sys
import time
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer


def scores(labels, truth, top, seconds):
    sizes = np.bincount(labels)
    return {"nmi": normalized_mutual_info_score(truth, labels), "ari": adjusted_rand_score(truth, labels),
            "largestShare": float(sizes.max() / len(labels)), "clusters": int((sizes > 0).sum()),
            "top": top, "seconds": seconds}


def main():
    path, k = sys.argv[1], int(sys.argv[2])
    label_column = sys.argv[3] if len(sys.argv) > 3 else "reason"
    warnings.filterwarnings("ignore")
    frame = pd.read_csv(path, keep_default_na=False)
    texts = frame["text"].astype(str).tolist()
    truth = frame[label_column].astype(str).tolist()
    out = {"sklearn": sklearn.__version__, "posts": len(texts), "k": k}

    t0 = time.perf_counter()
    vec = TfidfVectorizer(stop_words="english")
    x = vec.fit_transform(texts)
    names = vec.get_feature_names_out()
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x)
    top = [[names[j] for j in np.argsort(-c)[:5]] for c in km.cluster_centers_]
    out["kmeans"] = scores(km.labels_, truth, top, time.perf_counter() - t0)

    t0 = time.perf_counter()
    nmf = NMF(n_components=k, random_state=0, init="nndsvda", max_iter=400)
    w = nmf.fit_transform(x)
    top = [[names[j] for j in np.argsort(-c)[:5]] for c in nmf.components_]
    out["nmf"] = scores(w.argmax(axis=1), truth, top, time.perf_counter() - t0)

    t0 = time.perf_counter()
    vec2 = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2)
    x2 = vec2.fit_transform(texts)
    names2 = vec2.get_feature_names_out()
    svd = TruncatedSVD(n_components=min(100, x2.shape[1] - 1), random_state=0)
    lsa = make_pipeline(svd, Normalizer(copy=False))
    y = lsa.fit_transform(x2)
    km2 = KMeans(n_clusters=k, n_init=10, random_state=0).fit(y)
    centres = svd.inverse_transform(km2.cluster_centers_)
    top = [[names2[j] for j in np.argsort(-c)[:5]] for c in centres]
    out["lsa_kmeans"] = scores(km2.labels_, truth, top, time.perf_counter() - t0)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
