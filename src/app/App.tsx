export function App() {
  return <main>Murmur</main>;
}
