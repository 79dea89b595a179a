"""Message codes of the readers (``read.*``), defined once at import, Japanese first.

Every ``ReadError`` and reader ``Notice`` uses one of these codes, so the CLI and the GUI
can show the message in either language.
"""

from __future__ import annotations

from ordreview.core.messages import define


def size_text(n: int) -> str:
    """A byte count for messages: ``"300.0 MB"`` from 1 MiB up, else ``"1,234 B"``."""
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n:,} B"


NOT_FOUND = define(
    "read.not_found",
    ja="ファイルが見つかりません: {path}",
    en="File not found: {path}",
)
NOT_A_FILE = define(
    "read.not_a_file",
    ja="通常のファイルではありません（フォルダ等）: {path}",
    en="Not a regular file (a folder or device?): {path}",
)
IO = define(
    "read.io",
    ja="ファイルを読み込めません（{reason}）: {path}",
    en="The file cannot be read ({reason}): {path}",
)
EMPTY = define(
    "read.empty",
    ja="ファイルが空です（本文がありません）: {path}",
    en="The file is empty (no text): {path}",
)
ENCODING = define(
    "read.encoding",
    ja="文字コードを判定できません（試した文字コード: {tried}）: {path}",
    en="The text encoding could not be determined (tried: {tried}): {path}",
)
BINARY = define(
    "read.binary",
    ja="テキストでも Word 文書でもないバイナリファイルです: {path}",
    en="This is a binary file, neither text nor a Word document: {path}",
)
IMAGE = define(
    "read.image",
    ja="画像ファイル（{kind}）は読み込めません。Word（.docx）、テキスト又は HTML で保存してください: {path}",
    en="Image files ({kind}) cannot be read. Save the draft as Word (.docx), text or HTML: {path}",
)
PDF = define(
    "read.pdf",
    ja="PDF を読み込むための部品（pypdfium2）がインストールされていません。Word（.docx）、テキスト又は HTML で"
    "保存するか、部品を含むインストーラで入れ直してください: {path}",
    en="The component that reads PDF files (pypdfium2) is not installed. Save the draft as Word (.docx),"
    " text or HTML, or reinstall with the full installer: {path}",
)
PDF_NO_TEXT = define(
    "read.pdf_no_text",
    ja="この PDF には文字の情報（テキスト）がありません。スキャンした画像の PDF とみられます。文字認識（OCR）は"
    "行いませんので、Word 又はテキストの原稿を用意してください: {path}",
    en="This PDF has no text layer; it looks like a scanned image. No OCR is attempted: please obtain"
    " the draft as Word or text: {path}",
)
PDF_ENCRYPTED = define(
    "read.pdf_encrypted",
    ja="パスワードで保護された PDF は読み込めません。保護を解除した PDF 又は Word の原稿を用意してください: {path}",
    en="Password-protected PDF files cannot be read. Provide an unprotected PDF or the Word draft: {path}",
)
PDF_DAMAGED = define(
    "read.pdf_damaged",
    ja="PDF を読み込めません（ファイルが壊れているか、PDF の形式に合っていません）: {path}",
    en="The PDF cannot be read (the file is damaged or not a valid PDF): {path}",
)
PDF_PAGES = define(
    "read.pdf_pages",
    ja="PDF のページ数（{pages} ページ）が上限（{limit} ページ）を超えているため読み込みません: {path}",
    en="The PDF has {pages} pages, more than the limit of {limit}; it was not read: {path}",
)
PDF_INFLATED = define(
    "read.pdf_inflated",
    ja="PDF の圧縮データを展開すると上限（{limit}）を超えます。安全のため読み込みを中止しました: {path}",
    en="The PDF's compressed data would expand beyond the limit ({limit}); reading was stopped for safety: {path}",
)
PDF_TEXT = define(
    "read.pdf_text",
    ja="PDF の文字数が上限（{limit} 字）を超えているため読み込みません: {path}",
    en="The PDF holds more text than the limit of {limit} characters; it was not read: {path}",
)
RTF = define(
    "read.rtf",
    ja="リッチテキスト（RTF）は読み込めません。Word で .docx 形式で保存し直してください: {path}",
    en="Rich Text Format (RTF) cannot be read. Save it again from Word as .docx: {path}",
)
LEGACY_DOC = define(
    "read.legacy_doc",
    ja="旧形式の Word 文書（.doc）は読み込めません。Word で .docx 形式で保存し直してください: {path}",
    en="Legacy Word documents (.doc) cannot be read. Save it again from Word as .docx: {path}",
)
ICHITARO = define(
    "read.ichitaro",
    ja="一太郎の文書（.jtd）は読み込めません。一太郎で Word（.docx）形式又はテキストで保存してください: {path}",
    en="Ichitaro documents (.jtd) cannot be read. Save it from Ichitaro as Word (.docx) or text: {path}",
)
ENCRYPTED = define(
    "read.encrypted",
    ja="パスワードで保護された Word 文書は読み込めません。保護を解除して保存し直してください: {path}",
    en="Password-protected Word documents cannot be read. Remove the password and save it again: {path}",
)
OLE_UNKNOWN = define(
    "read.ole_unknown",
    ja="Office の旧形式ファイル（Word 文書ではありません）は読み込めません: {path}",
    en="This legacy Office file is not a Word document and cannot be read: {path}",
)
CORRUPT = define(
    "read.corrupt",
    ja="Word 文書が壊れているため読み込めません（{reason}）: {path}",
    en="The Word document is damaged and cannot be read ({reason}): {path}",
)
NOT_WORD = define(
    "read.not_word",
    ja="ZIP 形式ですが Word 文書ではありません（word/document.xml がありません）: {path}",
    en="This is a ZIP file but not a Word document (no word/document.xml): {path}",
)
HTML_FRAMES = define(
    "read.html_frames",
    ja="フレームで構成されたページのため本文がありません。本文のフレームを開いて保存し直してください: {path}",
    en="This page is made of frames and holds no text. Open the frame with the provisions and save that page: {path}",
)
MHTML_NO_HTML = define(
    "read.mhtml_no_html",
    ja="Web アーカイブ（.mht）に HTML の本文がありません: {path}",
    en="The web archive (.mht) contains no HTML page: {path}",
)
XML = define(
    "read.xml",
    ja="Word 文書の XML が壊れています（{part}: {reason}）: {path}",
    en="The Word document's XML is damaged ({part}: {reason}): {path}",
)
XML_DTD = define(
    "read.xml_dtd",
    ja="Word 文書の {part} に DTD 又は実体宣言が含まれているため、安全のため読み込みません: {path}",
    en="For safety, the Word document is refused: {part} contains a DTD or entity declaration: {path}",
)
TOO_LARGE = define(
    "read.too_large",
    ja="ファイルが大きすぎます（{size}、上限 {limit}）: {path}",
    en="The file is too large ({size}; the limit is {limit}): {path}",
)
ZIP_ENTRIES = define(
    "read.zip_entries",
    ja="Word 文書内のファイル数が多すぎます（{count} 個、上限 {limit} 個）: {path}",
    en="The Word document holds too many parts ({count}; the limit is {limit}): {path}",
)
ZIP_TOTAL = define(
    "read.zip_total",
    ja="Word 文書の展開後の合計サイズが大きすぎます（{size}、上限 {limit}）: {path}",
    en="The Word document would expand to too much data ({size}; the limit is {limit}): {path}",
)
ZIP_RATIO = define(
    "read.zip_ratio",
    ja="Word 文書内の {part} の圧縮率が異常です（{ratio} 倍、上限 {limit} 倍）。ZIP 爆弾の可能性があります: {path}",
    en="The compression ratio of {part} is abnormal ({ratio}x; the limit is {limit}x), possibly a zip bomb: {path}",
)
ZIP_PART = define(
    "read.zip_part",
    ja="Word 文書内の {part} を展開すると上限（{limit}）を超えます: {path}",
    en="Expanding {part} of the Word document exceeds the limit ({limit}): {path}",
)
TOO_MANY_ARTICLES = define(
    "read.too_many_articles",
    ja="条の数が多すぎます（{count} 条、上限 {limit} 条）。条例案として扱える大きさを超えています: {path}",
    en="The draft has too many articles ({count}; the limit is {limit}), more than any ordinance: {path}",
)
MHTML_NESTED = define(
    "read.mhtml_nested",
    ja="Web アーカイブ（.mht）のマルチパートが多すぎます（{count} 個、上限 {limit} 個）: {path}",
    en="The web archive (.mht) declares too many multipart parts ({count}; the limit is {limit}): {path}",
)
ZIP_DUPLICATE = define(
    "read.zip_duplicate",
    ja="Word 文書内に同じ名前の部品が二つあります（大文字・小文字の違いを含む。{part}）。どちらが本文か決められないため読み込みません: {path}",
    en="The Word document holds two parts of the same name ({part}, ignoring case); which one is the"
    " document cannot be told, so it is refused: {path}",
)
XML_ELEMENTS = define(
    "read.xml_elements",
    ja="Word 文書の {part} の要素数が多すぎます（{count} 個、上限 {limit} 個）: {path}",
    en="{part} of the Word document holds too many elements ({count}; the limit is {limit}): {path}",
)
TEXT_CHARS = define(
    "read.text_chars",
    ja="Word 文書の本文が長すぎます（{count} 文字を超えます。上限 {limit} 文字）: {path}",
    en="The Word document's text is too long (over {count} characters; the limit is {limit}): {path}",
)
NUMBERING_ABSURD = define(
    "read.numbering_absurd",
    ja="Word 文書の段落番号の定義が異常です（{what}）。番号を展開できないため読み込みません: {path}",
    en="The Word document's list numbering is abnormal ({what}); it is refused: {path}",
)
XML_DEPTH = define(
    "read.xml_depth",
    ja="Word 文書の {part} の入れ子が深すぎます（上限 {limit} 階層）: {path}",
    en="{part} of the Word document is nested too deeply (the limit is {limit} levels): {path}",
)

# ---------------------------------------------------------------- notices (warnings)

TRACKED_CHANGES = define(
    "read.tracked_changes",
    ja="変更履歴が {count} 件あります。すべて承諾した状態の本文で確認します。",
    en="The document has {count} tracked changes; it is reviewed as if all were accepted.",
)
COMMENTS_PRESENT = define(
    "read.comments_present",
    ja="既存のコメントが {count} 件あります。本文としては読み込みません。",
    en="The document has {count} existing comments; they are not read as text.",
)
NUMBERING = define(
    "read.numbering",
    ja="{count} 段落の番号（条番号・号番号等）は Word の自動番号から補いました。",
    en="Numbers of {count} paragraphs (article or item numbers) were taken from Word's automatic numbering.",
)
ENCODING_GUESSED = define(
    "read.encoding_guessed",
    ja="文字コードを {encoding} と推定しました（候補: {candidates}）。",
    en="The text encoding was guessed as {encoding} (candidates: {candidates}).",
)
CHARSET_MISMATCH = define(
    "read.charset_mismatch",
    ja="HTML で宣言された文字コード {declared} では読めないため、{encoding} として読み込みました。",
    en="The HTML page declares {declared} but is not valid in it; it was read as {encoding}.",
)
CONTROL_CHARS = define(
    "read.control_chars",
    ja="制御文字 {count} 個を空白に置き換えました。",
    en="{count} control characters were replaced by spaces.",
)
PDF_TEXT_CLEANED = define(
    "read.pdf_text_cleaned",
    ja="PDF から抽出したテキストとみられるため、抽出時に入った体裁（文字間の空白 {spaces} か所、"
    "ページ番号・柱 {pages} か所、行の折返し {joined} か所）を除き、条・項・号の改行 {breaks} か所を補って"
    "読み取りました。本文の文字は変えていません。指摘の位置は元のファイルの文字に対応しています。",
    en="This looks like text extracted from a PDF: the extraction artefacts were removed ({spaces} spaces"
    " between characters, {pages} page numbers and running heads, {joined} layout line breaks) and"
    " {breaks} line breaks were put back before articles, paragraphs and items. No character of the"
    " text was changed; every finding still points at the characters of the original file.",
)
PUNCTUATION_LOST = define(
    "read.pdf_punctuation_lost",
    ja="句読点（、。）が抽出時に空白に置き換わったとみられる箇所が {count} か所あります。"
    "法律の定義との比較では、この空白を句読点の欠落として扱い、相違に数えません。",
    en="In {count} places a Japanese comma or full stop seems to have been replaced by a space when the"
    " text was extracted; comparisons with the statute's definitions do not count these as differences.",
)
PDF_READ = define(
    "read.pdf_read",
    ja="PDF（{pages} ページ）の文字を抽出して読み取りました。ページ番号・柱と行の折返しは除いています。"
    "指摘は抽出した本文に付け、PDF 自体は変更しません（書き出しは報告書と注釈付きの Word 文書です）。",
    en="The text of the PDF ({pages} pages) was extracted; page numbers, running heads and layout line"
    " breaks were removed. Findings point at the extracted text; the PDF itself is never changed (exports"
    " are the report and an annotated Word rendering).",
)
PDF_VERTICAL = define(
    "read.pdf_vertical",
    ja="{pages} ページを縦書きとして読み取りました（右の行から左へ、各行は上から下へ）。",
    en="Read as vertical text (columns right to left, each top to bottom): {pages} page(s).",
)
PDF_RADICALS = define(
    "read.pdf_radicals",
    ja="PDF のフォントが漢字の代わりに部首の文字（例: ⼈）を示していた {count} 字を、同じ字形の漢字（人）として読み取りました。",
    en="{count} characters that the PDF's font named as Kangxi radicals were read as the kanji of the same"
    " shape (the radical U+2F08 as the kanji U+4EBA, for instance).",
)
STRUCTURE_INFERRED = define(
    "read.pdf_structure_inferred",
    ja="条の見出しが一つの行に続けて入っていたため（PDF から一行に貼り付けたテキスト等）、条・項・号の区切り"
    "（{breaks} か所）は番号の並びと文の切れ目から推定しました。区切りに疑問があるときは原本で確かめてください。",
    en="Article headings ran on within one line (text pasted out of a PDF on one line, for instance), so the"
    " {breaks} divisions between articles, paragraphs and items were inferred from their numbering and the"
    " sentence ends; where a division looks doubtful, check it against the original.",
)
PDF_TWO_COLUMNS = define(
    "read.pdf_two_columns",
    ja="2段組みの紙面を行ごとに抽出したテキスト（左右の段の行が同じ行に並んだもの）とみられるため、"
    "ページごとに左の段、右の段の順に読み直しました（{rows} 行）。条の順序や文のつながりに疑問があるときは原本で確かめてください。",
    en="This looks like a page set in two columns extracted row by row (a line of the left column and a line"
    " of the right column side by side), so each page was read again left column first, then right column"
    " ({rows} rows). Where the order of articles or a sentence looks wrong, check it against the original.",
)
PDF_COLUMN_PAGES = define(
    "read.pdf_column_pages",
    ja="{pages} ページを2段組みとして読み取りました（各ページの左の段、右の段の順）。条の順序や文のつながりに疑問があるときは原本で確かめてください。",
    en="{pages} page(s) were read as set in two columns (on each page the left column, then the right one);"
    " where the order of articles or a sentence looks wrong, check it against the original.",
)
