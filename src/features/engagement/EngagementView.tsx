export default function EngagementView() {
  return (
    <section aria-labelledby="engagement-title">
      <h2 id="engagement-title">Engagement</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
