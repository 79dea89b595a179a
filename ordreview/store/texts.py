"""The store's messages (``store.*`` codes), defined once at import."""

from __future__ import annotations

from ordreview.core.messages import define

OPEN_FAILED = define(
    "store.open_failed",
    ja="レビューのデータベースを開けません（{url}）: {reason}",
    en="Cannot open the review database ({url}): {reason}",
)
READ_FAILED = define(
    "store.read_failed",
    ja="レビューのデータベースを読み取れません（{url}）: {reason}",
    en="Cannot read the review database ({url}): {reason}",
)
WRITE_FAILED = define(
    "store.write_failed",
    ja="レビューのデータベースに書き込めません: {reason}",
    en="Cannot write to the review database: {reason}",
)
SCHEMA_TOO_NEW = define(
    "store.schema_too_new",
    ja=(
        "このデータベース（{url}）は新しい版の ordreview で作成されています"
        "（スキーマ版 {revision}）。この版では開けません。データベースは変更していません。"
    ),
    en=(
        "This database ({url}) was written by a newer ordreview (schema revision {revision}) "
        "and cannot be opened by this version. It has not been changed."
    ),
)
FOREIGN_DATABASE = define(
    "store.foreign_database",
    ja="このファイル（{url}）は ordreview のデータベースではありません（ordreview の版の記録がないまま、"
    "他の表 {tables} があります）。別のファイルを選んでください。ファイルは変更していません。",
    en="This file ({url}) is not an ordreview database (it holds other tables, {tables}, and no"
    " ordreview version record). Choose another file; it has not been changed.",
)
VERSION_ROWS = define(
    "store.version_rows",
    ja="データベース（{url}）のスキーマ版の記録が壊れています（{count} 行: {revisions}。1 行のはずです）。"
    "データベースは変更していません。管理者に相談するか、バックアップから戻してください。",
    en="The database's schema version record ({url}) is damaged ({count} rows: {revisions}; there must"
    " be one). The database has not been changed; restore a backup or ask your administrator.",
)
NEWER_REVIEW = define(
    "store.newer_review",
    ja="この条例案には、このレビュー（{review_id}）の後に作られた新しいレビュー（{newer}）があり、"
    "同じ指摘のメモがそちらで変更されています。メモは保存していません。新しいレビューを開いてから入力してください。",
    en="A newer review ({newer}) of this draft was made after this one ({review_id}) and the note on this"
    " finding was changed there. Your note has not been saved; open the newer review and enter it there.",
)
MIGRATION_FAILED = define(
    "store.migration_failed",
    ja="データベースの更新（スキーマ版 {old} → {new}）に失敗しました: {reason}。更新前の複製: {backup}",
    en="Upgrading the database (schema {old} → {new}) failed: {reason}. Copy made before: {backup}",
)
UNKNOWN_REVIEW = define(
    "store.unknown_review",
    ja="レビュー {review_id} はデータベースにありません。",
    en="Review {review_id} is not in the database.",
)
UNKNOWN_FINDING = define(
    "store.unknown_finding",
    ja="指摘 {finding_id} はレビュー {review_id} にありません。",
    en="Finding {finding_id} is not part of review {review_id}.",
)
BAD_STATUS = define(
    "store.bad_status",
    ja="注記の状態「{status}」は使えません（使える値: {allowed}）。",
    en="Annotation status {status!r} is not allowed (allowed: {allowed}).",
)
BAD_STATE = define(
    "store.bad_state",
    ja="指摘 {finding_id} の状態を「{old}」から「{new}」には変えられません（手で変えられるのは open と resolved の間だけです）。",
    en="Finding {finding_id} cannot go from {old!r} to {new!r} (only open and resolved can be set by hand).",
)
CONFLICT = define(
    "store.conflict",
    ja=(
        "この指摘の注記は、{theirs_author} さんが先に変更しました（版 {theirs_version}）。"
        "上書きはしていません。あなたの入力:「{mine}」 保存済みの内容:「{theirs}」"
    ),
    en=(
        "{theirs_author} changed this finding's note first (version {theirs_version}). "
        "Nothing was overwritten. Yours: \u201c{mine}\u201d Saved: \u201c{theirs}\u201d"
    ),
)
IMPORT_UNREADABLE = define(
    "store.import_unreadable",
    ja="レビューのファイルを読み込めません（{path}）: {reason}",
    en="Cannot read the review file ({path}): {reason}",
)
IMPORT_INVALID = define(
    "store.import_invalid",
    ja="レビューのファイルの内容が正しくありません（{path}）: {reason}",
    en="The review file is not valid ({path}): {reason}",
)
IMPORT_TOO_NEW = define(
    "store.import_too_new",
    ja=(
        "レビューのファイル（{path}）の形式の版 {version} はこの版の ordreview では読めません"
        "（読める版: {supported}）。"
    ),
    en=(
        "The review file ({path}) has format version {version}, which this ordreview cannot "
        "read (readable: {supported})."
    ),
)
EXPORT_FAILED = define(
    "store.export_failed",
    ja="レビューのファイルを書き出せません（{path}）: {reason}",
    en="Cannot write the review file ({path}): {reason}",
)
