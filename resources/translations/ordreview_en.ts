<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ordreview について</source>
        <translation>About ordreview</translation>
    </message>
    <message>
        <source>個人情報保護条例案のレビュー支援ツール</source>
        <translation>Review assistant for draft personal-information ordinances</translation>
    </message>
    <message>
        <source>プロファイル</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>ログ</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>同梱コンポーネントのライセンス:</source>
        <translation>Licences of bundled components:</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>条</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>対応項目</source>
        <translation>Requirements</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>状態:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>コメント（Word のコメントとして出力されます）</source>
        <translation>Comment (exported as a Word comment)</translation>
    </message>
    <message>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved yet</translation>
    </message>
</context>
<context>
    <name>AnnotationSaver</name>
    <message>
        <source>レビューがまだ保存されていないため、注釈を保存できません。</source>
        <translation>The review has not been stored yet, so the annotation cannot be saved.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>根拠</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>判定の理由: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>項目別</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>条項別</source>
        <translation>By article</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>自分の内容で上書き</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>保存されている内容を採用</source>
        <translation>Take the stored one</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>表示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>システムの設定に従う</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>言語(&amp;L):</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>本文の文字サイズ(&amp;S):</source>
        <translation>Draft text &amp;size:</translation>
    </message>
    <message>
        <source>算用数字（第3条第4号）</source>
        <translation>Arabic numerals (第3条第4号)</translation>
    </message>
    <message>
        <source>原文の表記（第三条第四号／第３条第４号）</source>
        <translation>As the draft writes them (第三条第四号 / 第３条第４号)</translation>
    </message>
    <message>
        <source>条項の表記(&amp;A):</source>
        <translation>&amp;Article numerals:</translation>
    </message>
    <message>
        <source>指摘の位置と指摘文中の条項番号の数字です。画面、報告書、Word のコメント、コマンドラインに共通です。</source>
        <translation>Numerals of the provision labels in the findings' places and messages (Japanese), shared by the window, the report, the Word comments and the command line.</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>指摘を選択すると、ここに説明・根拠・修正案が表示されます。</source>
        <translation>Select a finding to see its explanation, legal basis and suggested wording here.</translation>
    </message>
    <message>
        <source>該当箇所</source>
        <translation>Draft text</translation>
    </message>
    <message>
        <source>根拠法令</source>
        <translation>Statute (Japanese text)</translation>
    </message>
    <message>
        <source>基本方針の該当箇所</source>
        <translation>Basic Policy passage (Japanese text)</translation>
    </message>
    <message>
        <source>修正案</source>
        <translation>Suggested wording (Japanese text)</translation>
    </message>
    <message>
        <source>対応</source>
        <translation>What to do (Japanese text)</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>担当者</source>
        <translation>By</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>コメント（変更後）</source>
        <translation>Comment (after the change)</translation>
    </message>
    <message>
        <source>変更履歴</source>
        <translation>History</translation>
    </message>
    <message>
        <source>まだ注釈はありません。</source>
        <translation>No note yet.</translation>
    </message>
    <message>
        <source>廃止: 以前の版の条例案で出された指摘です。この条例案では出ていません。注釈と履歴は残してあります。</source>
        <translation>Obsolete: raised on an earlier revision of the draft, no longer raised on this one. Its note and history are kept.</translation>
    </message>
    <message>
        <source>定義の比較</source>
        <translation>Definition compared</translation>
    </message>
    <message>
        <source>下線と背景色: 法律の規定と異なる部分</source>
        <translation>Underline and shading: where the draft differs from the statute</translation>
    </message>
    <message>
        <source>条例案</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>解決済み</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>解決済み（注釈の状態: %1）</source>
        <translation>Resolved (note status: %1)</translation>
    </message>
    <message>
        <source>重要度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>観点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>箇所</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>以前の版の指摘です。この条例案では出ていません（注釈は残してあります）。</source>
        <translation>A finding of an earlier revision, no longer raised on this draft (its note is kept).</translation>
    </message>
    <message>
        <source>［廃止］</source>
        <translation>[Obsolete] </translation>
    </message>
    <message>
        <source>（解決済み）</source>
        <translation> (resolved)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>絞り込み解除</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>すべての指摘を表示します</source>
        <translation>Show every finding</translation>
    </message>
    <message>
        <source>絞り込み中 %1/%2件</source>
        <translation>Filtered: %1 of %2</translation>
    </message>
    <message>
        <source>すべての観点</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>すべての重要度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>すべての状態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>すべての指摘</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>未解決</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>解決済み</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>廃止（以前の版）</source>
        <translation>Obsolete (earlier revision)</translation>
    </message>
    <message>
        <source>廃止: 以前の版で出され、この条例案では出ていない指摘（注釈は残ります）</source>
        <translation>Obsolete: raised on an earlier revision, not on this draft (notes are kept)</translation>
    </message>
    <message>
        <source>指摘を絞り込み（Ctrl+F）</source>
        <translation>Filter findings (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>誤り</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>参考</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A 個人情報の定義の明確化</source>
        <translation>A Definition of personal information</translation>
    </message>
    <message>
        <source>B 要配慮個人情報の取扱い</source>
        <translation>B Sensitive personal information</translation>
    </message>
    <message>
        <source>C 非識別加工情報の仕組み</source>
        <translation>C Anonymised-information mechanism</translation>
    </message>
    <message>
        <source>その他の確認事項</source>
        <translation>Other checks</translation>
    </message>
    <message>
        <source>他</source>
        <translation>O</translation>
    </message>
    <message>
        <source>充足</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>一部</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>欠落</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>対象外</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>要修正</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <source>対応不要</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>全体</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>附則</source>
        <translation>Supplementary provisions</translation>
    </message>
    <message>
        <source>題名</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>本則外</source>
        <translation>Outside the articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>最後まで進んだので先頭に戻りました</source>
        <translation>Reached the end of the list; continued from the top</translation>
    </message>
    <message>
        <source>先頭まで戻ったので最後に移りました</source>
        <translation>Reached the top of the list; continued from the end</translation>
    </message>
    <message>
        <source>新しい条例案を開いたため、指摘の絞り込みを解除しました</source>
        <translation>A new draft was opened: the findings filter was cleared</translation>
    </message>
    <message>
        <source>構成</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>対応状況</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>開く(&amp;O)...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Word に出力(&amp;E)...</source>
        <translation>&amp;Export to Word...</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>コピー(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>検索・絞り込み(&amp;F)</source>
        <translation>&amp;Find / filter</translation>
    </message>
    <message>
        <source>設定(&amp;S)...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>構成(&amp;O)</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <source>対応状況(&amp;C)</source>
        <translation>&amp;Coverage</translation>
    </message>
    <message>
        <source>文字を大きく(&amp;I)</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>文字を小さく(&amp;D)</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>レビュー(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>次の未処理の指摘(&amp;N)</source>
        <translation>&amp;Next open finding</translation>
    </message>
    <message>
        <source>前の未処理の指摘(&amp;P)</source>
        <translation>&amp;Previous open finding</translation>
    </message>
    <message>
        <source>再チェック(&amp;R)</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>ordreview について(&amp;A)</source>
        <translation>&amp;About ordreview</translation>
    </message>
    <message>
        <source>レビューファイルを書き出す(&amp;W)...</source>
        <translation>&amp;Write review file...</translation>
    </message>
    <message>
        <source>レビューファイルを読み込む(&amp;I)...</source>
        <translation>&amp;Import review file...</translation>
    </message>
    <message>
        <source>解決済みにする／未解決に戻す(&amp;S)</source>
        <translation>Mark re&amp;solved / unresolved</translation>
    </message>
    <message>
        <source>プロファイル(&amp;F)</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>ツールバー</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>注釈を保存できません</source>
        <translation>Cannot save the annotation</translation>
    </message>
    <message>
        <source>条例案を開く</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <source>条例案 (*.docx *.txt *.htm *.html *.pdf);;すべてのファイル (*)</source>
        <translation>Drafts (*.docx *.txt *.htm *.html *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>チェック中 %v/%m</source>
        <translation>Checking %v/%m</translation>
    </message>
    <message>
        <source>ファイルを開けません</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>レビューを保存できません</source>
        <translation>Cannot store the review</translation>
    </message>
    <message>
        <source>注釈は保存されません。設定の保存先を確認してください。</source>
        <translation>Annotations will not be saved. Check the database in the settings.</translation>
    </message>
    <message>
        <source>未処理の指摘はありません</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <source>この注釈は別の画面・別の担当者によって先に変更されました。</source>
        <translation>This annotation was changed first in another window or by another reviewer.</translation>
    </message>
    <message>
        <source>あなたの内容:</source>
        <translation>Yours:</translation>
    </message>
    <message>
        <source>保存されている内容:</source>
        <translation>Stored:</translation>
    </message>
    <message>
        <source>注釈の競合</source>
        <translation>Annotation conflict</translation>
    </message>
    <message>
        <source>出力先のフォルダを選択</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <source>Word に出力中…</source>
        <translation>Exporting to Word…</translation>
    </message>
    <message>
        <source>出力できません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>出力しました</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>レビューファイルを書き出す</source>
        <translation>Write review file</translation>
    </message>
    <message>
        <source>レビューファイル (*.json)</source>
        <translation>Review files (*.json)</translation>
    </message>
    <message>
        <source>書き出しました</source>
        <translation>Review file written</translation>
    </message>
    <message>
        <source>別のネットワークの担当者は「レビューファイルを読み込む」で取り込めます。</source>
        <translation>A colleague on another network can load it with “Import review file”.</translation>
    </message>
    <message>
        <source>書き出せません</source>
        <translation>Cannot write the review file</translation>
    </message>
    <message>
        <source>レビューファイルを読み込む</source>
        <translation>Import review file</translation>
    </message>
    <message>
        <source>レビューファイル (*.json);;すべてのファイル (*)</source>
        <translation>Review files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>読み込めません</source>
        <translation>Cannot import the review file</translation>
    </message>
    <message>
        <source>読み込みました</source>
        <translation>Review imported</translation>
    </message>
    <message>
        <source>「%1」のレビューを読み込み、表示しました。</source>
        <translation>The review of “%1” was imported and is shown.</translation>
    </message>
    <message>
        <source>「%1」のレビューを読み込みました。同じ条例案（%2）を開くと、注釈が表示されます。</source>
        <translation>The review of “%1” was imported. Open the same draft (%2) to see its notes.</translation>
    </message>
    <message>
        <source>状態を変更できません</source>
        <translation>Cannot change the state</translation>
    </message>
    <message>
        <source>解決済みにしました</source>
        <translation>Marked resolved</translation>
    </message>
    <message>
        <source>自動（条例案から判定）</source>
        <translation>Automatic (chosen from the draft)</translation>
    </message>
    <message>
        <source>（自動）</source>
        <translation> (auto)</translation>
    </message>
    <message>
        <source>未解決に戻しました</source>
        <translation>Marked unresolved again</translation>
    </message>
    <message>
        <source>ファイルを開いてください（Ctrl+O またはドラッグ＆ドロップ）</source>
        <translation>Open a draft (Ctrl+O or drag and drop)</translation>
    </message>
    <message>
        <source>確認済み %1/%2</source>
        <translation>Reviewed %1/%2</translation>
    </message>
    <message>
        <source>廃止 %1</source>
        <translation>Obsolete %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>削除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>構成</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>対応項目</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>指摘</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <source>担当者</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>氏名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>イニシャル(&amp;I):</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <source>Word のコメントの作成者として使われます。</source>
        <translation>Used as the author of Word comments.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>保存先</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>空欄: 既定の場所（ユーザーデータフォルダ）</source>
        <translation>Empty: the default place (user data folder)</translation>
    </message>
    <message>
        <source>参照(&amp;B)...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>参照(&amp;R)...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <source>データベース(&amp;D):</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>プロファイルのフォルダ(&amp;F):</source>
        <translation>Profiles &amp;folder:</translation>
    </message>
    <message>
        <source>プロファイル(&amp;P):</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>SQLite ファイルのパス、または postgresql://… の URL を指定できます。変更は次にファイルを開いたときに反映されます。</source>
        <translation>Enter an SQLite file path or a postgresql://… URL. Changes apply the next time a file is opened.</translation>
    </message>
    <message>
        <source>データベースファイルを選択</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>SQLite データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>プロファイルのフォルダを選択</source>
        <translation>Choose the profiles folder</translation>
    </message>
    <message>
        <source>既定（基本方針 2016）</source>
        <translation>Default (Basic Policy 2016)</translation>
    </message>
    <message>
        <source>自動（条例案から判定）</source>
        <translation>Automatic (chosen from the draft)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word に出力</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>参考の指摘も含める</source>
        <translation>Include info findings (参考)</translation>
    </message>
    <message>
        <source>修正案を変更履歴として挿入する</source>
        <translation>Insert the suggested wordings as tracked changes</translation>
    </message>
    <message>
        <source>例: 法制 花子</source>
        <translation>e.g. Hanako Hosei</translation>
    </message>
    <message>
        <source>例: あおば市</source>
        <translation>e.g. Aoba City</translation>
    </message>
    <message>
        <source>氏名とイニシャルは Word のコメントの作成者になります。次回からも使われます（コマンドラインの出力も同じ）。</source>
        <translation>Name and initials become the author of the Word comments. They are remembered for the next export (and used by the command line too).</translation>
    </message>
    <message>
        <source>審査担当者の氏名:</source>
        <translation>Reviewer name:</translation>
    </message>
    <message>
        <source>イニシャル:</source>
        <translation>Initials:</translation>
    </message>
    <message>
        <source>団体名（報告書の表紙）:</source>
        <translation>Municipality (report cover):</translation>
    </message>
</context>
<context>
    <name>Amendment</name>
    <message>
        <source>改正規定</source>
        <translation>Amending sentences</translation>
    </message>
    <message>
        <source>現行条例（この改正案が改正する条例）を選択</source>
        <translation>Choose the ordinance in force (the one this bill amends)</translation>
    </message>
    <message>
        <source>条例 (*.docx *.txt *.htm *.html *.pdf);;すべてのファイル (*)</source>
        <translation>Ordinances (*.docx *.txt *.htm *.html *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>現行条例に溶け込ませています…</source>
        <translation>Consolidating into the ordinance in force…</translation>
    </message>
    <message>
        <source>現行条例に溶け込ませることができません</source>
        <translation>Cannot consolidate the bill into the ordinance in force</translation>
    </message>
    <message>
        <source>%1
現行条例: %2
新旧対照表 %3 行（反映できない行又は誤りのある行 %4 行）</source>
        <translation>%1
In force: %2
Comparison table of %3 rows (%4 not merged or with errors)</translation>
    </message>
    <message>
        <source>%1
現行条例: %2
改正規定 %3 件（適用できないもの %4 件）</source>
        <translation>%1
In force: %2
%3 amending sentences (%4 could not be applied)</translation>
    </message>
    <message>
        <source>現行条例を変更…</source>
        <translation>Change the ordinance in force…</translation>
    </message>
    <message>
        <source>現行条例を指定…</source>
        <translation>Choose the ordinance in force…</translation>
    </message>
    <message>
        <source>改正規定%1</source>
        <translation>Sentence %1</translation>
    </message>
    <message>
        <source>この箇所を書いた改正規定</source>
        <translation>The amending sentence that wrote this text</translation>
    </message>
    <message>
        <source>この箇所を書いた新旧対照表の行</source>
        <translation>The row of the comparison table that wrote this text</translation>
    </message>
    <message>
        <source>現行条例「%1」に改正規定を溶け込ませて審査しています…</source>
        <translation>Consolidating the bill into 「%1」 and reviewing the result…</translation>
    </message>
    <message>
        <source>この条例案は一部改正条例案です。現行条例が指定されていないため、改正案そのものの形式のみを審査しています。改正後の条例全体（溶け込み）の審査には、改正される現行条例が必要です。</source>
        <translation>This draft is an amendment bill. No ordinance in force has been chosen, so only the bill itself is reviewed. Reviewing the ordinance as amended (consolidated) needs the ordinance in force that the bill amends.</translation>
    </message>
    <message>
        <source>表%1行目</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>前回指定した現行条例が見つかりません: %1</source>
        <translation>The ordinance in force chosen last time cannot be found: %1</translation>
    </message>
    <message>
        <source>%1によって書かれた行はありません。</source>
        <translation>%1 wrote no line of the consolidated text.</translation>
    </message>
    <message>
        <source>新旧対照表の改正後欄を現行条例「%1」に溶け込ませた改正後の全文を表示しています。改正された部分は緑の帯で示し、クリックするとその表の行を表示します。表 %2 行のうち、反映できない行又は誤りのある行 %3 行。</source>
        <translation>Showing the ordinance as amended: the new column of the comparison table merged into 「%1」. Amended parts have a green bar; click one to see its row. %3 of %2 rows could not be merged or have errors.</translation>
    </message>
    <message>
        <source>現行条例「%1」に改正規定を溶け込ませた改正後の全文を表示しています。改正された部分は緑の帯で示し、クリックするとその改正規定を表示します。改正規定 %2 件のうち、適用できないもの %3 件。</source>
        <translation>Showing the ordinance as amended: the bill consolidated into 「%1」. Amended parts have a green bar; click one to see its amending sentence. %3 of %2 amending sentences could not be applied.</translation>
    </message>
</context>
</TS>
