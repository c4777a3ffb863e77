package org.sitrep.resolve;

/** Disjoint sets over 0..n-1, for grouping mentions and actors that name the same thing. Not thread-safe. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
