export default function SentimentView() {
  return (
    <section aria-labelledby="sentiment-title">
      <h2 id="sentiment-title">Sentiment</h2>
      <p className="muted">Coming soon.</p>
    </section>
  );
}
