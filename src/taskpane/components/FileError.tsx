import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** A file that could not be read at all (not a row problem): said once, as an alert. */
export function FileError(p: { message: string | undefined }) {
  if (!p.message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>ファイルを読めませんでした</MessageBarTitle>
        {p.message}
      </MessageBarBody>
    </MessageBar>
  );
}
