export default function StreamView() {
  return (
    <section aria-labelledby="stream-title">
      <h2 id="stream-title">Stream</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
