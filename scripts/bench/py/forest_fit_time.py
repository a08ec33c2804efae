#!/usr/bin/python3
"""Times scikit-learn's RandomForestRegressor fit (single thread) for the forest benchmark.

Usage: forest_fit_time.py FEATURES.csv TARGET PARAMS_JSON [REPEATS]
  FEATURES.csv  a reference feature table (row_id, features, target_likes, target_retweets,
                split, cv_fold, train_order); training rows are taken in train_order
  TARGET        the target column, e.g. target_likes
  PARAMS_JSON   RandomForestRegressor keyword arguments, e.g. '{"n_estimators": 200, "max_depth": 20}'
Prints one JSON object: {"seconds": [...], "median": s, "test_mse": m, "sklearn": version}.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error

META = ["row_id", "target_likes", "target_retweets", "split", "cv_fold", "train_order"]


def main():
    path, target, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    table = pd.read_csv(path)
    train = table[table["split"] == "train"].sort_values("train_order")
    test = table[table["split"] == "test"]
    features = [c for c in table.columns if c not in META]
    seconds = []
    model = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        model = RandomForestRegressor(random_state=0, n_jobs=1, **params).fit(train[features], train[target])
        seconds.append(time.perf_counter() - t0)
    mse = mean_squared_error(test[target], model.predict(test[features]))
    print(json.dumps({"seconds": seconds, "median": float(np.median(seconds)), "test_mse": mse, "sklearn": sklearn.__version__}))


if __name__ == "__main__":
    main()
