package io.gongkai.ingest.html;

/**
 * Site chrome of our own making around an article, in the shapes government sites use: a header with navigation, a
 * 当前位置 breadcrumb, a share and print bar, previous/next links, a related-reports list and a copyright footer.
 */
final class ChromePage {
  private ChromePage() {}

  static String wrap(String article) {
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告_青禾县人民政府</title>
        <script>var site = {name: "一、总体情况"};</script><style>.x{color:red}</style></head><body>
        <div class="top"><div class="logo"><img src="logo.png">青禾县人民政府门户网站</div>
        <ul class="menu"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li>
        <li><a href="/fw">政务服务</a></li><li><a href="/hd">互动交流</a></li></ul>
        <form class="search"><input name="q"><button>搜索</button></form></div>
        <div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt;
        <a href="/nb">政府信息公开年报</a></div>
        <div class="article"><div class="info">发布时间：2024-01-15 阅读次数：128 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
        <div class="content">
        """ + article + """
        </div>
        <div class="tools"><span>扫一扫在手机打开当前页</span><a href="#">【打印】</a><a href="#">【关闭窗口】</a>
        <div class="share">分享到：<a>微信</a><a>微博</a></div></div>
        <div class="prev">上一篇：<a href="/a">关于公布二〇二三年度权责清单的通知</a></div>
        <div class="next">下一篇：<a href="/b">无</a></div></div>
        <div class="related"><h3>相关链接</h3><ul><li><a href="/c">云杉县2023年政府信息公开工作年度报告</a></li>
        <li><a href="/d">石泉县2023年政府信息公开工作年度报告</a></li><li><a href="/e">白鹭镇2023年政府信息公开工作年度报告</a></li></ul></div></div>
        <div class="foot"><p>主办单位：青禾县人民政府办公室 承办单位：青禾县大数据中心</p>
        <p>网站标识码：0000000000 <a href="#">某ICP备00000000号</a> 某公网安备 00000000000000号</p></div>
        </body></html>
        """;
  }
}
