export default function LiveView() {
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title">Live scoring</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
