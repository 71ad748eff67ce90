import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// API tables (attributes, properties, events, slots, parts, CSS properties) come from the
// class JSDoc through custom-elements.json (`npm run analyze`).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
