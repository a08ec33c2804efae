export default function ModelsView() {
  return (
    <section aria-labelledby="models-title">
      <h2 id="models-title">Models</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
