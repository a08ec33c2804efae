/** Word clouds: the words of a set of posts and a layout computed off the main thread. */
export {
  layoutWordCloud,
  type CloudInput,
  type LayoutOptions,
  type PlacedWord,
  type WordCloudLayout,
} from './layout.ts';
export { estimateTextWidth } from './textWidth.ts';
