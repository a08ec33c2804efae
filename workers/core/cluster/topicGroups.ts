/**
 * Topics as the user edited them: clusters merged into one another, renamed, hidden. Every topic
 * chart, the word clouds and the live box count and name posts through these groups, so an edit
 * shows everywhere at once.
 */

/** What the user did to the clusters of an analysis. */
export interface TopicEdits {
  /** Names the user gave, by cluster id. */
  readonly names: Readonly<Record<number, string>>;
  /** Cluster id → the cluster it was merged into (followed to the end: no chains). */
  readonly mergedInto: Readonly<Record<number, number>>;
  /** Cluster ids hidden from the charts and lists. */
  readonly hidden: readonly number[];
}

/** One cluster as the charts show it: the topic it counts in, that topic's name, whether it is hidden. */
export interface TopicGroup {
  /** The cluster id of the topic this cluster counts in (itself unless merged). */
  readonly topic: number;
  /** The topic's name: the user's, else the generated name of the topic's cluster. */
  readonly name: string;
  readonly hidden: boolean;
}

/**
 * Per cluster id (0..labels.length-1), the topic it counts in after `edits`. A merge chain is
 * followed to its end; a topic is hidden when the cluster it was merged into is hidden.
 */
export function topicGroups(labels: readonly string[], edits: TopicEdits): TopicGroup[] {
  const hidden = new Set(edits.hidden);
  return labels.map((_, id) => {
    let topic = id;
    const seen = new Set<number>([id]);
    while (edits.mergedInto[topic] !== undefined && !seen.has(edits.mergedInto[topic]!)) {
      topic = edits.mergedInto[topic]!;
      seen.add(topic);
    }
    return {
      topic,
      name: edits.names[topic] ?? labels[topic] ?? `Topic ${topic + 1}`,
      hidden: hidden.has(topic),
    };
  });
}

/**
 * Each post's topic after the edits: `labels[r]` (a cluster id, or -1 for none) mapped to its
 * group's topic, -1 when it has no cluster or its topic is hidden.
 */
export function topicOfPosts(labels: Int32Array, groups: readonly TopicGroup[]): Int32Array {
  const out = new Int32Array(labels.length);
  for (let r = 0; r < labels.length; r++) {
    const g = labels[r]! >= 0 ? groups[labels[r]!] : undefined;
    out[r] = g && !g.hidden ? g.topic : -1;
  }
  return out;
}
