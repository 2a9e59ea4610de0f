<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture from an article</source>
        <extracomment>A text this long is read for facts on a worker thread, with a Cancel button.</extracomment>
        <translation>从文章录入</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Open text file…</source>
        <translation>打开文本文件…</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>保存来源</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Paste the article here, then press Ctrl+E to propose its facts, or select the sentence of a fact.</source>
        <translation>在此粘贴文章，按 Ctrl+E 提取其中的事实；也可以选中某一事实所在的句子。</translation>
    </message>
    <message>
        <source>Propose facts (Ctrl+E)</source>
        <translation>提取事实 (Ctrl+E)</translation>
    </message>
    <message>
        <source>The facts of the selected text, or of the whole article</source>
        <translation>提取选中文字中的事实；未选中时提取全文</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Accept checked facts (Ctrl+Shift+Enter)</source>
        <translation>采集勾选的事实 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Proposed facts</source>
        <translation>待审事实</translation>
    </message>
    <message>
        <source>One fact</source>
        <translation>逐条录入</translation>
    </message>
    <message>
        <source>Reading the article for facts…</source>
        <translation>正在从文章中提取事实…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Propose facts</source>
        <translation>提取事实</translation>
    </message>
    <message>
        <source>The facts could not be read: {reason}</source>
        <translation>无法提取事实：{reason}</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消提取。</translation>
    </message>
    <message>
        <source>Accept proposed facts</source>
        <translation>采集待审事实</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Press Ctrl+E to propose the facts of the article.</source>
        <translation>按 Ctrl+E 提取文章中的事实。</translation>
    </message>
    <message>
        <source>Fill in the article&apos;s date: periods such as 今年 and 4月10日 are read from it.</source>
        <translation>请填写文章日期：“今年”“4月10日”等时间据此推算。</translation>
    </message>
    <message>
        <source>{total} proposed: {checked} checked, {tocheck} to check (Tab), {invalid} to fix, {accepted} saved, {captured} already captured.</source>
        <translation>共 {total} 条：已勾选 {checked} 条，待核 {tocheck} 条（Tab 逐条查看），待修改 {invalid} 条，已保存 {accepted} 条，此前已采集 {captured} 条。</translation>
    </message>
    <message>
        <source>Saved {n} facts in one step (Ctrl+Z undoes it).</source>
        <translation>已一次保存 {n} 条事实（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>New indicators: {names}.</source>
        <translation>新建指标：{names}。</translation>
    </message>
    <message>
        <source>{n} checked rows have errors and were not saved.</source>
        <translation>勾选的 {n} 行有错误，未保存。</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Captured from this article</source>
        <translation>本文已录入的事实</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码的文本。</translation>
    </message>
</context>
<context>
    <name>ChartWindow</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>水平值</translation>
    </message>
    <message>
        <source>YoY growth %</source>
        <translation>同比增长（%）</translation>
    </message>
    <message>
        <source>Index (first = 100)</source>
        <translation>指数（首期 = 100）</translation>
    </message>
    <message>
        <source>Single month (from YTD)</source>
        <translation>当月值（由累计值推算）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ChecksWindow</name>
    <message>
        <source>Checks</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>显示已接受的</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新核对</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Accept with a reason…</source>
        <translation>接受并说明理由…</translation>
    </message>
    <message>
        <source>Mark as a revision…</source>
        <translation>标为修订…</translation>
    </message>
    <message>
        <source>The later figure supersedes the earlier one: both are kept, the chart and the draft check use the later</source>
        <translation>后发表的数值取代先前的：两个都保留，图表和文稿核对用后者</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>撤销接受</translation>
    </message>
    <message>
        <source>Fix the record (the finding disappears), or accept it with a reason.</source>
        <translation>修改记录（问题随之消失），或说明理由后接受。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本机的</translation>
    </message>
    <message>
        <source>Take the hub&apos;s</source>
        <translation>采用集线库的</translation>
    </message>
    <message>
        <source>Field by field…</source>
        <translation>逐个字段取舍…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>核对规则</translation>
    </message>
    <message>
        <source>Check rules</source>
        <translation>核对规则</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking: {rule}</source>
        <translation>正在核对：{rule}</translation>
    </message>
    <message>
        <source>Checks cancelled.</source>
        <translation>核对已取消。</translation>
    </message>
    <message>
        <source>, {n} accepted</source>
        <translation>，已接受 {n} 条</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>{errors} error(s), {open} not yet fixed or accepted; {warnings} warning(s).</source>
        <translation>错误 {errors} 条，其中未处理 {open} 条；警告 {warnings} 条。</translation>
    </message>
    <message>
        <source>accepted by {editor}</source>
        <translation>{editor} 已接受</translation>
    </message>
    <message>
        <source>to choose a version</source>
        <translation>待选择版本</translation>
    </message>
    <message>
        <source>to fix or accept</source>
        <translation>待修改或接受</translation>
    </message>
    <message>
        <source>Accepted by {editor}: {reason}</source>
        <translation>{editor} 已接受：{reason}</translation>
    </message>
    <message>
        <source>Accept with a reason</source>
        <translation>说明理由并接受</translation>
    </message>
    <message>
        <source>Why is this right as it is? (e.g. the earlier figure predates the census revision; another scope 口径)</source>
        <translation>为什么这样是对的？（例如：上年数值为普查修订前的数据；统计口径不同）</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未能接受</translation>
    </message>
    <message>
        <source>Mark as a revision</source>
        <translation>标为修订</translation>
    </message>
    <message>
        <source>The later figure supersedes the earlier one. Why? (e.g. 最终核实, the yearbook)</source>
        <translation>后发表的数值取代先前的。理由是什么？（如：最终核实、统计年鉴修订）</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未能标为修订</translation>
    </message>
    <message>
        <source>Field by field</source>
        <translation>逐个字段取舍</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本机的</translation>
    </message>
    <message>
        <source>The hub&apos;s (tick to take)</source>
        <translation>集线库的（勾选即采用）</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未能选择</translation>
    </message>
    <message>
        <source>Chosen: the next sync carries it out.</source>
        <translation>已选择：下次同步时执行。</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未能撤销</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Project</source>
        <extracomment>Column headers of storage/specs.py, listed here so that lupdate collects them (storage has no Qt).</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>占地面积</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>建设周期</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>预期年产值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Record details</source>
        <translation>记录详情</translation>
    </message>
    <message>
        <source>Select a row to see the record in full.</source>
        <translation>选择一行即可在此查看完整记录。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <source>Other growth</source>
        <translation>其他增长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预计数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>占地面积</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>建设周期</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>预期年产值</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Check findings accepted</source>
        <translation>已接受的核对结果</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Revises</source>
        <translation>修订了</translation>
    </message>
    <message>
        <source>Revised to</source>
        <translation>已被修订为</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV, UTF-8 with BOM (Excel) (*.csv)</source>
        <translation>CSV，UTF-8 带 BOM（Excel 可直接打开）(*.csv)</translation>
    </message>
    <message>
        <source>CSV, GB18030 (*.csv)</source>
        <translation>CSV，GB18030 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>from, e.g. 2016</source>
        <extracomment>The tables the choices are read from (regions, indicators, sources; sectors from projects).</extracomment>
        <translation>起，如 2016</translation>
    </message>
    <message>
        <source>to, e.g. 2020年12月</source>
        <translation>止，如 2020年12月</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>时期起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>时期止</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them?</source>
        <translation>这条记录有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>园区/片区</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import observations</source>
        <extracomment>The template&apos;s columns (the importer&apos;s Chinese headers) and an example row.</extracomment>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GB18030) or XLSX</source>
        <translation>CSV（UTF-8 或 GB18030）或 XLSX</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Create indicators, sources and zones that do not exist yet</source>
        <translation>新建库中还没有的指标、来源和园区</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>只导入有效行，跳过有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file whose first row names its columns (指标, 地区, 时期, 数值, 来源 …); “Save a template…” writes one to fill in.</source>
        <translation>请选择 CSV 或 XLSX 文件，第一行为列名（指标、地区、时期、数值、来源……）；没有现成的文件时，可点“保存模板…”得到一个填写用的模板。</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>无法保存模板：{reason}</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported</source>
        <translation>{total} 行中 {valid} 行可以导入</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate row(s) skipped</source>
        <translation>
            <numerusform>%n 行重复已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new indicator(s)</source>
        <translation>
            <numerusform>新建指标 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>新建来源 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new zone(s)</source>
        <translation>
            <numerusform>新建园区/片区 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s).</source>
        <translation>
            <numerusform>已导入 %Ln 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Growth basis</source>
        <translation>增速口径</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>separated by 、, e.g. GDP、生产总值</source>
        <translation>用“、”分隔，例如 GDP、生产总值</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LookupCombo</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — {file}</source>
        <translation>{app} — {file}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Read-only: this file cannot be changed</source>
        <translation>只读：不能修改此文件</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) — e.g. 内江, 五粮液</source>
        <translation>搜索（Ctrl+F），如 内江、五粮液</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>搜索全部类型</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Observation…</source>
        <translation>数据(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Project…</source>
        <translation>项目(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Source…</source>
        <translation>来源文章(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Indicator…</source>
        <translation>指标(&amp;I)…</translation>
    </message>
    <message>
        <source>O&amp;rganisation…</source>
        <translation>机构(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Zone or park…</source>
        <translation>园区或片区(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Capture from an article…</source>
        <translation>从文章录入(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export current view…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge a database…</source>
        <translation>合并数据库(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>删除所选(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;detail pane</source>
        <translation>显示详情栏(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>图表(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;hecks…</source>
        <translation>核对(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln records, counting…</source>
        <translation>
            <numerusform>超过 %Ln 条，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in all record types</source>
        <translation>
            <numerusform>全部类型共 %Ln 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %Ln row(s) to {path}</source>
        <translation>已导出 %Ln 行到 {path}</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation>（已筛选）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>S&amp;ync with the team hub…</source>
        <translation>与集线库同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Check a &amp;draft…</source>
        <translation>核对稿件(&amp;D)…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make:</source>
        <translation>您的每次修改都会记下姓名：</translation>
    </message>
    <message>
        <source>Administrative divisions come from GB/T 2260 and are not edited here; zones and parks are.</source>
        <translation>行政区划来自 GB/T 2260，不在此修改；园区和片区可以修改。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>不能删除</translation>
    </message>
    <message>
        <source>Other records refer to this one: {deps}. Change or delete them first.</source>
        <translation>仍有其他记录引用它：{deps}。请先修改或删除这些记录。</translation>
    </message>
    <message>
        <source>Delete this record? You can undo it with Ctrl+Z.</source>
        <translation>删除这条记录？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Its parts go with it: {deps}.</source>
        <translation>它的组成部分将一并删除：{deps}。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Merge a database</source>
        <translation>合并数据库</translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge, newer edits win</source>
        <translation>合并（较新的修改优先）</translation>
    </message>
    <message>
        <source>Merge, keep mine</source>
        <translation>合并（冲突时保留本机）</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>合并失败</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace {target} with the backup {backup}? The current file is kept beside it (…replaced-date).</source>
        <translation>用备份“{backup}”替换“{target}”吗？当前的文件会保留在它旁边（文件名带 replaced 和日期）。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored from {backup}; the replaced file is {aside}</source>
        <translation>已从 {backup} 恢复；被替换的文件保存在 {aside}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Cannot find {path}</source>
        <translation>找不到 {path}</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <source>Your database has been created with the facts of a sample newspaper page:
{path}

To capture an article: File → Capture from an article (Ctrl+Shift+N), paste it as copied from the web page and press Ctrl+E. Every fact found is listed for review: orange rows are to check (Tab goes to the next), Space checks a row, and Ctrl+Shift+Enter saves the checked rows in one step (Ctrl+Z undoes it). For a fact it missed, select its sentence and fill the form.</source>
        <translation>已创建您的数据库，其中录入了一个示例报纸版面的全部事实：
{path}

采集一篇文章：文件 → 从文章录入（Ctrl+Shift+N），粘贴从网页复制的文章，按 Ctrl+E。找到的每条事实都列在待审表中：橙色的行需要核对（按 Tab 逐条查看），空格勾选，Ctrl+Shift+Enter 一次保存所有勾选的行（Ctrl+Z 可撤销）。没有找到的事实：选中它所在的句子，在“逐条录入”页填写。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>{app} {version}
Database: {path}</source>
        <translation>{app} {version}
数据库：{path}</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>所用程序库及其许可证：</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <source>Other growth</source>
        <translation>其他增长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Estimate (预计)</source>
        <translation>预计数</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>The sentence the fact comes from</source>
        <translation>事实出处的原句</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>This indicator, region and period already has %n value(s):</source>
        <translation>
            <numerusform>该指标、地区和时期已有 %n 条数据：</numerusform>
        </translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <source>Keep both? Different values will show up as a conflict in the checks.</source>
        <translation>是否两条都保留？数值不同时会在核对中列为冲突。</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>保留两条</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>separated by 、</source>
        <translation>用“、”分隔</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>占地面积</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>建设周期</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>预期年产值</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>带动就业</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确到</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Still to fill in: {fields} (&lt;a href=&quot;#&quot;&gt;show why&lt;/a&gt;)</source>
        <translation>还需填写：{fields}（&lt;a href=&quot;#&quot;&gt;显示原因&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖保存</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Nothing here yet. Records you capture or import will be listed here.</source>
        <translation>这里还没有记录。录入或导入的记录会列在这里。</translation>
    </message>
    <message>
        <source>No records match the search and filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>没有符合搜索和筛选条件的记录。
按 Ctrl+Shift+L 清除条件。</translation>
    </message>
</context>
<context>
    <name>RegionForm</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Located in</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>separated by 、</source>
        <translation>用“、”分隔</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Fact</source>
        <extracomment>Columns: heading (translated in the &quot;ReviewModel&quot; context) and the field each shows, per kind.</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Indicator / project</source>
        <translation>指标 / 项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period / date</source>
        <translation>时期 / 日期</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储值</translation>
    </message>
    <message>
        <source>YoY growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Observation</source>
        <extracomment>The review&apos;s field → the extractor&apos;s stage that decided it (Candidate.why).</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Read by: {rule}</source>
        <translation>依据：{rule}</translation>
    </message>
    <message>
        <source>As written: {text}</source>
        <translation>原文：{text}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Already captured</source>
        <translation>此前已采集</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>To check: {reasons}</source>
        <translation>待核：{reasons}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待采集</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>default: the user data folder</source>
        <translation>默认：用户数据文件夹</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>金额显示单位</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Paste the article here</source>
        <translation>在此粘贴文章正文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the team hub</source>
        <translation>与集线库同步</translation>
    </message>
    <message>
        <source>The hub&apos;s PostgreSQL address (e.g. postgresql://editor@server/scnews; the password goes in ~/.pgpass):</source>
        <translation>集线库的 PostgreSQL 地址（如 postgresql://编辑名@服务器/scnews；密码请放在 ~/.pgpass 中，不要写在这里）：</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed here or on the hub.</source>
        <translation>已取消同步：本机和集线库都未改动。</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>planned</source>
        <translation>谋划</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>in operation</source>
        <translation>已投运</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已建成</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>园区/片区</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>institute</source>
        <translation>科研机构</translation>
    </message>
    <message>
        <source>park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>builder</source>
        <translation>建设方</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>groundbreaking</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>start of operation</source>
        <translation>投产</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>建成</translation>
    </message>
    <message>
        <source>other milestone</source>
        <translation>其他节点</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>at current prices</source>
        <translation>现价</translation>
    </message>
    <message>
        <source>at comparable prices</source>
        <translation>可比价</translation>
    </message>
    <message>
        <source>{scope} No. {rank}</source>
        <translation>{scope}第{rank}</translation>
    </message>
    <message>
        <source>As written: {text}</source>
        <translation>原文：{text}</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>Check a draft</source>
        <translation>核对稿件</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不符</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>无法核对</translation>
    </message>
    <message>
        <source>Draft date</source>
        <translation>稿件日期</translation>
    </message>
    <message>
        <source>e.g. 2024-04-12</source>
        <translation>例如 2024-04-12</translation>
    </message>
    <message>
        <source>Open draft…</source>
        <translation>打开稿件…</translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation>核对 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Capture the unrecorded figures</source>
        <translation>一键采集未记录的数字</translation>
    </message>
    <message>
        <source>Draft text</source>
        <translation>稿件正文</translation>
    </message>
    <message>
        <source>Paste the draft here and press Ctrl+Enter to check its figures.</source>
        <translation>在此粘贴稿件，按 Ctrl+Enter 逐个核对其中的数字。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Recorded facts of the selected figure</source>
        <translation>所选数字已记录的事实</translation>
    </message>
    <message>
        <source>Paste a draft and press Ctrl+Enter.</source>
        <translation>粘贴稿件后按 Ctrl+Enter 核对。</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>打开稿件</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The draft could not be read: {reason}</source>
        <translation>无法读取稿件：{reason}</translation>
    </message>
    <message>
        <source>The draft date should be written as YYYY-MM-DD.</source>
        <translation>稿件日期应写作“年-月-日”，例如 2024-04-12。</translation>
    </message>
    <message>
        <source>{total} figures: {match} match, {conflict} differ, {new} not recorded, {unread} cannot be checked.</source>
        <translation>共 {total} 个数字：相符 {match}，不符 {conflict}，未记录 {new}，无法核对 {unread}。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不符</translation>
    </message>
    <message>
        <source>, growth {pct}%</source>
        <translation>，同比 {pct}%</translation>
    </message>
    <message>
        <source>, rank {rank}</source>
        <translation>，第 {rank} 位</translation>
    </message>
</context>
<context>
    <name>_FactForm</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>_PartsTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
</TS>
