export default defineBackground(() => {
  // Capture and the snapshot service are wired here (see lib/capture).
});
