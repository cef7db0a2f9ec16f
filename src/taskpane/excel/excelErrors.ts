/**
 * Excel's errors in words a payroll clerk can act on. Excel JS rejects with an OfficeExtension.Error whose
 * `code` is one of the documented error codes and whose `message` is English ("Error handling with the
 * application-specific JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
 * the codes of OfficeExtension.ErrorCodes and Excel.ErrorCodes in @types/office-js). The pane shows the
 * Japanese sentence and keeps the code, so that support can still tell what Excel said.
 */

const JAPANESE: Record<string, string> = {
  AccessDenied: "Excel が操作を許可しませんでした。ブックが読み取り専用か、保護されていないか確認してください。",
  ActivityLimitReached: "Excel の処理の上限に達しました。少し待ってから、もう一度実行してください。",
  ApiNotFound: "この Excel では使えない機能です。Microsoft 365 版の Excel（または Excel 2021 以降）で開いてください。",
  Conflict: "ほかの人または処理が同時にブックを変更したため、完了できませんでした。もう一度実行してください。",
  GeneralException: "Excel の内部でエラーが起きました。もう一度実行し、続く場合は Excel を開き直してください。",
  InactiveWorkbook: "ブックが操作できない状態です。ブックのウィンドウを選んでから、もう一度実行してください。",
  InsertDeleteConflict: "行や列の挿入・削除と重なったため、完了できませんでした。もう一度実行してください。",
  InvalidArgument: "Excel に渡した値が受け付けられませんでした。",
  InvalidObjectPath: "対象のシートやセル範囲が見つかりませんでした（作業中に削除または名前変更されたおそれがあります）。",
  InvalidOperation: "この状態のブックではできない操作です（シートの保護や共有を確認してください）。",
  InvalidOperationInCellEditMode: "セルを編集中のため操作できません。Enter キーか Esc キーで編集を終えてから、もう一度実行してください。",
  InvalidReference: "参照がこの操作に使えません（作業中にシートやセルが変更されたおそれがあります）。",
  InvalidRequest: "Excel がこの要求を処理できませんでした。",
  InvalidRequestContext: "Excel との接続が切れました。作業ウィンドウを閉じて開き直してください。",
  InvalidSelection: "今の選択範囲ではこの操作ができません。セルを 1 つ選んでから、もう一度実行してください。",
  ItemAlreadyExists: "同じ名前のシートなどが既にあります。",
  ItemNotFound: "対象のシートなどが見つかりませんでした（作業中に削除または名前変更されたおそれがあります）。",
  MergedRangeConflict: "結合されたセルと重なるため、書き込めませんでした。",
  NonBlankCellOffSheet: "シートの端に空いていないセルがあるため、行や列を追加できませんでした。",
  NotImplemented: "この Excel では使えない機能です。Microsoft 365 版の Excel（または Excel 2021 以降）で開いてください。",
  PropertyNotLoaded: "Excel から値を読み取る前に読み込みが必要でした（アドインの不具合です）。",
  RequestAborted: "Excel が処理を中断しました。もう一度実行してください。",
  RequestPayloadSizeLimitExceeded: "一度に書き込むデータが Excel の上限（5 MB）を超えました。",
  ResponsePayloadSizeLimitExceeded: "一度に読み取るデータが Excel の上限（5 MB）を超えました。",
  ServiceNotAvailable: "Excel のサービスが一時的に使えません。少し待ってから、もう一度実行してください。",
  Unauthenticated: "サインインが必要です。Microsoft アカウントにサインインしてから、もう一度実行してください。",
  UnsupportedFeature: "この Excel では使えない機能です。",
  UnsupportedOperation: "この操作はこの Excel ではできません。",
  UnsupportedSheet: "このシートの種類（グラフシートなど）では操作できません。通常のワークシートを選んでください。",
};

/** The error code Excel gave, if the error came from Excel. */
export function excelErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[A-Z][A-Za-z]+$/.test(code) ? code : undefined;
}

/**
 * The error in Japanese, with Excel's code kept for support: 「セルを編集中のため…（Excel のエラーコード:
 * InvalidOperationInCellEditMode）」. An error of our own (already Japanese) is its message.
 */
export function excelErrorMessage(e: unknown): string {
  if (e instanceof ExcelFailure) return e.message;
  const code = excelErrorCode(e);
  if (code === undefined) return e instanceof Error ? e.message : String(e);
  const words = JAPANESE[code] ?? "Excel でエラーが起きました。もう一度実行し、続く場合はこのエラーコードをサポートにお伝えください。";
  return `${words}（Excel のエラーコード: ${code}）`;
}

/** An Excel error turned into Japanese; `code` and `cause` keep what Excel said. */
export class ExcelFailure extends Error {
  readonly code?: string;
  constructor(readonly cause: unknown) {
    super(excelErrorMessage(cause));
    this.name = "ExcelFailure";
    this.code = excelErrorCode(cause);
  }
}

/** Runs an Excel call; an Excel error comes out in Japanese (ExcelFailure), others as they are. */
export async function inJapanese<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw excelErrorCode(e) === undefined || e instanceof ExcelFailure ? e : new ExcelFailure(e);
  }
}
