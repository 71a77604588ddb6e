import type { BrowserContext, Page } from 'playwright-core';

/** The extension's options page, as a user works it; labels are the English ones unless the test switched language. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return new OptionsPage(page);
  }

  async setLanguage(label: 'Language' | '语言', value: 'en' | 'zh-CN'): Promise<void> {
    await this.page.getByLabel(label).selectOption(value);
  }

  // Import

  async chooseCsv(filePath: string): Promise<void> {
    await this.chooseImportFile(filePath);
    await this.page.getByTestId('import-preview').waitFor();
  }

  /** Any file, as a user may pick the wrong one. */
  async chooseImportFile(filePath: string): Promise<void> {
    await this.page.locator('section.import input[type="file"]').setInputFiles(filePath);
  }

  /** Drops a file onto the import's drop zone, as a user dragging it from the desktop. */
  async dropImportFile(name: string, bytes: Buffer): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, data }) => {
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
        return dataTransfer;
      },
      { name, data: [...bytes] },
    );
    await this.page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await this.page.getByTestId('import-preview').waitFor();
  }

  importProblem() {
    return this.page.locator('section.import [role="alert"]');
  }

  encoding() {
    return this.page.locator('section.import select').first();
  }

  encodingNote() {
    return this.page.getByTestId('import-encoding-note');
  }

  preset() {
    return this.page.getByLabel('Exported from');
  }

  previewHeaders(): Promise<string[]> {
    return this.preview().locator('thead th').allTextContents();
  }

  preview() {
    return this.page.getByTestId('import-preview');
  }

  columnSelect(column: string) {
    return this.page.getByRole('combobox', { name: `Import column ${column} as` });
  }

  async startImport(): Promise<void> {
    await this.page.locator('[data-action="import"]').click();
  }

  progressBar() {
    return this.page.locator('section.import progress');
  }

  counts() {
    return this.page.getByTestId('import-counts');
  }

  async cancelImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel import' }).click();
  }

  /**
   * Runs the page's import worker directly, as the Import button does, but
   * without telling the background afterwards: what an open sidebar then shows
   * came from Dexie's own cross-context notification, not from a rescore.
   */
  async importThroughWorkerOnly(workerFile: string, csv: string, columns: (string | null)[]): Promise<string> {
    return this.page.evaluate(
      ({ workerFile, csv, columns }) =>
        new Promise<string>((resolve) => {
          const worker = new Worker(`/assets/${workerFile}`);
          worker.onmessage = (event: MessageEvent<{ type: string }>) => {
            if (event.data.type === 'progress') return;
            worker.terminate();
            resolve(event.data.type);
          };
          worker.postMessage({ type: 'start', file: new Blob([csv]), mapping: { columns }, encoding: 'utf-8' });
        }),
      { workerFile, csv, columns },
    );
  }

  report() {
    return this.page.getByTestId('import-report');
  }

  /** The rejected rows as shown: [line, column, reason]. */
  rejectedRows(): Promise<string[][]> {
    return this.page
      .locator('[data-testid="import-rejected"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
  }

  rescoreStatus() {
    return this.page.getByTestId('import-rescore');
  }

  /** Clicks a button that downloads a file and returns the file's bytes and name. */
  async download(buttonName: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  // Export and backup

  exportStatus() {
    return this.page.getByTestId('export-status');
  }

  backupStatus() {
    return this.page.getByTestId('backup-status');
  }

  /** Chooses a file to restore from; the page checks it and asks before replacing anything. */
  async chooseBackup(filePath: string): Promise<void> {
    await this.page.getByLabel('Restore from a backup file').setInputFiles(filePath);
  }

  restoreConfirmation() {
    return this.page.locator('#restore-confirm');
  }

  async confirmRestore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Replace all data with this backup' }).click();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
