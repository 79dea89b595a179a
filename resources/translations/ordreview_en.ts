<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ordreview/gui/widgets/about.py" line="29" />
        <source>ordreview について</source>
        <translation>About ordreview</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/about.py" line="30" />
        <source>個人情報保護条例案のレビュー支援ツール</source>
        <translation>Review assistant for draft personal-information ordinances</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/about.py" line="31" />
        <source>プロファイル</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/about.py" line="32" />
        <source>ログ</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/about.py" line="50" />
        <source>同梱コンポーネントのライセンス:</source>
        <translation>Licences of bundled components:</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="108" />
        <source>条</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="109" />
        <source>対応項目</source>
        <translation>Requirements</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="120" />
        <source>状態:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="136" />
        <source>コメント（Word のコメントとして出力されます）</source>
        <translation>Comment (exported as a Word comment)</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="175" />
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="196" />
        <source>未保存</source>
        <translation>Not saved yet</translation>
    </message>
</context>
<context>
    <name>AnnotationSaver</name>
    <message>
        <location filename="../../ordreview/gui/annotations.py" line="93" />
        <source>レビューがまだ保存されていないため、注釈を保存できません。</source>
        <translation>The review has not been stored yet, so the annotation cannot be saved.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="41" />
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="43" />
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="42" />
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="44" />
        <source>根拠</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/coverage.py" line="68" />
        <source>判定の理由: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../ordreview/gui/widgets/coverage.py" line="32" />
        <source>項目別</source>
        <translation>By item</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/coverage.py" line="33" />
        <source>条項別</source>
        <translation>By article</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ordreview/gui/widgets/dialogs.py" line="30" />
        <source>自分の内容で上書き</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/dialogs.py" line="31" />
        <source>保存されている内容を採用</source>
        <translation>Take the stored one</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="117" />
        <source>表示</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="123" />
        <source>システムの設定に従う</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="127" />
        <source>言語(&amp;L):</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="128" />
        <source>本文の文字サイズ(&amp;S):</source>
        <translation>Draft text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="129" />
        <source>言語の変更は再起動後に反映されます。</source>
        <translation>A language change takes effect after a restart.</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="65" />
        <source>指摘を選択すると、ここに説明・根拠・修正案が表示されます。</source>
        <translation>Select a finding to see its explanation, legal basis and suggested wording here.</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="91" />
        <source>該当箇所</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="88" />
        <source>根拠法令</source>
        <translation>Statute</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="89" />
        <source>基本方針の該当箇所</source>
        <translation>Basic Policy passage</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="87" />
        <source>修正案</source>
        <translation>Suggested wording</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="82" />
        <source>定義の比較</source>
        <translation>Definition compared</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="83" />
        <source>下線と背景色: 法律の規定と異なる部分</source>
        <translation>Underline and shading: where the draft differs from the statute</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/detail.py" line="85" />
        <source>条例案</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="131" />
        <source>重要度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="132" />
        <source>観点</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="133" />
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="134" />
        <source>箇所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="135" />
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/findings.py" line="136" />
        <source>状態</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ordreview/gui/widgets/findings.py" line="37" />
        <source>すべての観点</source>
        <translation>All points</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/findings.py" line="41" />
        <source>すべての重要度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/findings.py" line="45" />
        <source>すべての状態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/findings.py" line="52" />
        <source>指摘を絞り込み（Ctrl+F）</source>
        <translation>Filter findings (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="30" />
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="32" />
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="33" />
        <source>情報</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="49" />
        <source>A 個人情報の定義の明確化</source>
        <translation>A Definition of personal information</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="51" />
        <source>B 要配慮個人情報の取扱い</source>
        <translation>B Sensitive personal information</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="53" />
        <source>C 非識別加工情報の仕組み</source>
        <translation>C Anonymised-information mechanism</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="54" />
        <source>その他の確認事項</source>
        <translation>Other checks</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="61" />
        <source>他</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="67" />
        <source>充足</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="69" />
        <source>一部</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="71" />
        <source>欠落</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="72" />
        <source>対象外</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="83" />
        <source>要修正</source>
        <translation>Needs fixing</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="85" />
        <source>対応不要</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="87" />
        <source>保留</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="88" />
        <source>未確認</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="97" />
        <source>全体</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="99" />
        <source>目次</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="101" />
        <source>附則</source>
        <translation>Supplementary provisions</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="103" />
        <source>題名</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/labels.py" line="104" />
        <source>本則外</source>
        <translation>Outside the articles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="150" />
        <source>構成</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="151" />
        <source>対応状況</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="190" />
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="213" />
        <source>開く(&amp;O)...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="216" />
        <source>Word に出力(&amp;E)...</source>
        <translation>&amp;Export to Word...</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="218" />
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="219" />
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="221" />
        <source>最近使ったファイル(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="228" />
        <source>コピー(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="229" />
        <source>検索・絞り込み(&amp;F)</source>
        <translation>&amp;Find / filter</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="230" />
        <source>設定(&amp;S)...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="231" />
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="237" />
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="238" />
        <source>構成(&amp;O)</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="239" />
        <source>対応状況(&amp;C)</source>
        <translation>&amp;Coverage</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="240" />
        <source>文字を大きく(&amp;I)</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="241" />
        <source>文字を小さく(&amp;D)</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="245" />
        <source>レビュー(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="246" />
        <source>次の未処理の指摘(&amp;N)</source>
        <translation>&amp;Next open finding</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="247" />
        <source>前の未処理の指摘(&amp;P)</source>
        <translation>&amp;Previous open finding</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="248" />
        <source>再チェック(&amp;R)</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="260" />
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="261" />
        <source>ordreview について(&amp;A)</source>
        <translation>&amp;About ordreview</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="264" />
        <source>ツールバー</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="286" />
        <source>注釈を保存できません</source>
        <translation>Cannot save the annotation</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="295" />
        <source>条例案を開く</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="295" />
        <source>条例案 (*.docx *.txt *.htm *.html);;すべてのファイル (*)</source>
        <translation>Drafts (*.docx *.txt *.htm *.html);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="306" />
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="331" />
        <source>読み込み中…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="331" />
        <source>チェック中 %v/%m</source>
        <translation>Checking %v/%m</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="354" />
        <source>ファイルを開けません</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="406" />
        <source>レビューを保存できません</source>
        <translation>Cannot store the review</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="407" />
        <source>注釈は保存されません。設定の保存先を確認してください。</source>
        <translation>Annotations will not be saved. Check the database in the settings.</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="434" />
        <source>未処理の指摘はありません</source>
        <translation>No open findings</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="453" />
        <source>この注釈は別の画面・別の担当者によって先に変更されました。</source>
        <translation>This annotation was changed first in another window or by another reviewer.</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="454" />
        <source>あなたの内容:</source>
        <translation>Yours:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="454" />
        <source>保存されている内容:</source>
        <translation>Stored:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="456" />
        <source>注釈の競合</source>
        <translation>Annotation conflict</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="472" />
        <source>出力先のフォルダを選択</source>
        <translation>Choose the output folder</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="478" />
        <source>Word に出力中…</source>
        <translation>Exporting to Word…</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="484" />
        <source>出力できません</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="492" />
        <source>出力しました</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="527" />
        <source>ファイルを開いてください（Ctrl+O またはドラッグ＆ドロップ）</source>
        <translation>Open a draft (Ctrl+O or drag and drop)</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/mainwindow.py" line="541" />
        <source>確認済み %1/%2</source>
        <translation>Reviewed %1/%2</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../ordreview/gui/models/outline.py" line="19" />
        <source>削除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/outline.py" line="44" />
        <source>構成</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/outline.py" line="45" />
        <source>対応項目</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/models/outline.py" line="46" />
        <source>指摘</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="53" />
        <source>担当者</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="59" />
        <source>氏名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="60" />
        <source>イニシャル(&amp;I):</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="61" />
        <source>Word のコメントの作成者として使われます。</source>
        <translation>Used as the author of Word comments.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="150" />
        <source>設定</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="78" />
        <source>保存先</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="82" />
        <source>空欄: 既定の場所（ユーザーデータフォルダ）</source>
        <translation>Empty: the default place (user data folder)</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="86" />
        <source>データベース(&amp;D):</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="87" />
        <source>プロファイルのフォルダ(&amp;F):</source>
        <translation>Profiles &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="88" />
        <source>プロファイル(&amp;P):</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="90" />
        <source>SQLite ファイルのパス、または postgresql://… の URL を指定できます。変更は次にファイルを開いたときに反映されます。</source>
        <translation>Enter an SQLite file path or a postgresql://… URL. Changes apply the next time a file is opened.</translation>
    </message>
    <message>
        <location filename="../../ordreview/gui/widgets/settings.py" line="97" />
        <source>既定（基本方針 2016）</source>
        <translation>Default (Basic Policy 2016)</translation>
    </message>
</context>
</TS>
