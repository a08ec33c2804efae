export default function TopicsView() {
  return (
    <section aria-labelledby="topics-title">
      <h2 id="topics-title">Topics</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
