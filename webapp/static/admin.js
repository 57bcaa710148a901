/*
 * The back office's own scripts.
 *
 * Uploads: a picture whose name PrimeFaces would refuse before the server sees it (slashes, colons, "..")
 * is sent under a plain name; the server stores every picture under a generated name anyway.
 */
window.VitrineUploads = {
  plainName: function (file, callback) {
    var plain = file.name.replace(/\.{2,}/g, '_').replace(/[^\p{L}\p{N}._ -]+/gu, '_');
    callback(plain === file.name ? file : new File([file], plain, { type: file.type }));
  }
};

/*
 * A form marked data-keep-changes (an item, its translation, the site settings) asks before the page is left
 * with changes typed and not saved: a menu click, a reload, closing the tab. A save that went through (its
 * form shows no error after it) makes the form clean again.
 */
(function () {
  'use strict';

  function changed(event) {
    var form = event.target.closest && event.target.closest('form[data-keep-changes]');
    if (form) {
      form.dataset.changed = 'true';
    }
  }

  document.addEventListener('input', changed, true);
  document.addEventListener('change', changed, true);
  window.addEventListener('beforeunload', function (event) {
    if (document.querySelector('form[data-keep-changes][data-changed]')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
      var source = /(?:^|&)jakarta\.faces\.source=([^&]*)/.exec((settings && settings.data) || '');
      var id = source ? decodeURIComponent(source[1]) : '';
      if (/:save$/.test(id)) {
        var form = document.getElementById(id.slice(0, id.lastIndexOf(':')));
        if (form && !form.querySelector('.ui-messages-error, .ui-message-error')) {
          delete form.dataset.changed;
        }
      }
    });
  }
})();

/*
 * Vitrine's rich-text editors (WEB-INF/tags/rich-text.xhtml): Quill 2 as PrimeFaces ships it, started on
 * every .rich-text element when the page loads and after each PrimeFaces ajax update. The hidden input
 * holds the editor's semantic HTML (real <ul> and <ol> lists, <pre> code blocks), which the server cleans
 * again on save. Pictures are uploaded at once and inserted by their /media address; pictures pasted as
 * data are uploaded the same way, and pictures pasted from other websites are fetched by the server and kept
 * as ours. The editor takes only the formats saving keeps.
 */
(function () {
  'use strict';

  var PICTURES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
  var registered = false;

  function register(Quill) {
    if (registered) {
      return;
    }
    var BlockEmbed = Quill.import('blots/block/embed');
    class Divider extends BlockEmbed {}
    Divider.blotName = 'divider';
    Divider.tagName = 'HR';
    Quill.register(Divider);
    registered = true;
  }

  /**
   * Elements whose content a browser reads as raw text up to their end tag (as RichText does on the server):
   * pasted with one left open, the rest of the text would vanish into it or show as code. Closed ones go with
   * what they hold, open ones lose only their start tag; the names taken out are added to {@code removed}.
   */
  var RAW_TEXT = /<(script|style|iframe|textarea|noscript|xmp|noembed|noframes|title|plaintext)\b[^>]*>/i;

  function withoutRawText(html, removed) {
    var kept = '';
    var rest = html;
    var start;
    while ((start = RAW_TEXT.exec(rest))) {
      var name = start[1].toLowerCase();
      if (removed.indexOf(name) < 0) {
        removed.push(name);
      }
      kept += rest.slice(0, start.index);
      rest = rest.slice(start.index + start[0].length);
      var end = new RegExp('</' + name + '\\s*>', 'i').exec(rest);
      if (end) {
        rest = rest.slice(end.index + end[0].length);
      }
    }
    return kept + rest;
  }

  function start(root) {
    if (root.dataset.started || !window.Quill) {
      return;
    }
    root.dataset.started = 'true';
    register(window.Quill);
    var input = root.querySelector('input[type=hidden]');
    var media = root.dataset.upload.replace(/admin\/media\/upload$/, 'media/');
    var message = root.querySelector('.rich-message');
    var quill;

    function say(text) {
      message.textContent = text || '';
    }

    /** Adds a line to what the editor says: several pictures may each be refused for a reason of their own. */
    function sayToo(text) {
      message.textContent = message.textContent ? message.textContent + '\n' + text : text;
    }

    function insertPicture(url, at) {
      var index = at === undefined ? (quill.getSelection(true) || { index: quill.getLength() }).index : at;
      quill.insertEmbed(index, 'image', url, 'user');
      quill.setSelection(index + 1, 0, 'user');
    }

    /** Uploads one picture; calls done(url) when it is stored, says why when it is refused. */
    function upload(file, done) {
      var form = new FormData();
      form.append('file', file, file.name || 'picture');
      fetch(root.dataset.upload, { method: 'POST', body: form, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (body) {
            if (response.ok) {
              done(body.url);
            } else {
              sayToo(body.error);
            }
          });
        })
        .catch(function () {
          sayToo(root.dataset.failed);
        });
    }

    /** Has the server fetch a picture pasted from another website and keep it as an upload of ours. */
    function fetchPicture(src, index) {
      var form = new URLSearchParams();
      form.append('url', src);
      fetch(root.dataset.upload, { method: 'POST', body: form, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (body) {
            if (response.ok) {
              insertPicture(body.url, index);
            } else {
              sayToo(body.error);
            }
          });
        })
        .catch(function () {
          sayToo(root.dataset.failed);
        });
    }

    var chooser = root.querySelector('.rich-file');
    chooser.addEventListener('change', function () {
      Array.prototype.forEach.call(chooser.files, function (file) {
        upload(file, function (url) { insertPicture(url); });
      });
      chooser.value = '';
    });

    function pick() {
      say('');
      chooser.click();
    }

    /**
     * Pictures pasted as data are uploaded; pictures from other websites are fetched by the server and kept as
     * ours (each refusal is said); anything else is taken out with a note.
     */
    function adoptPictures() {
      Array.prototype.forEach.call(quill.root.querySelectorAll('img'), function (img) {
        var src = img.getAttribute('src') || '';
        var blot = window.Quill.find(img);
        if (!blot || blot === quill || src.indexOf(media) === 0) {
          return;
        }
        var index = quill.getIndex(blot);
        quill.deleteText(index, 1, 'silent');
        if (src.indexOf('data:image/') === 0) {
          fetch(src).then(function (r) { return r.blob(); }).then(function (blob) {
            upload(blob, function (url) { insertPicture(url, index); });
          });
        } else if (/^https?:\/\//i.test(src)) {
          fetchPicture(src, index);
        } else {
          sayToo(root.dataset.foreign);
        }
      });
    }

    var table = function () { return quill.getModule('table'); };
    quill = new window.Quill(root.querySelector('.rich-editor'), {
      theme: 'snow',
      // Only what saving keeps (RichText's allow-list): pasted colours, fonts, sizes and alignment never show.
      formats: ['bold', 'italic', 'underline', 'strike', 'script', 'code', 'header', 'blockquote', 'code-block',
        'list', 'indent', 'link', 'image', 'divider', 'table', 'table-row', 'table-body', 'table-container'],
      modules: {
        table: true,
        toolbar: {
          container: root.querySelector('.rich-toolbar'),
          handlers: {
            image: pick,
            divider: function () {
              var at = (quill.getSelection(true) || { index: quill.getLength() }).index;
              quill.insertEmbed(at, 'divider', true, 'user');
              quill.setSelection(at + 1, 0, 'user');
            },
            table: function () { table().insertTable(3, 2); },
            row: function () { table().insertRowBelow(); },
            column: function () { table().insertColumnRight(); },
            untable: function () { table().deleteTable(); }
          }
        },
        uploader: {
          mimetypes: PICTURES,
          handler: function (range, files) {
            files.forEach(function (file) {
              upload(file, function (url) { insertPicture(url, range.index); });
            });
          }
        }
      }
    });

    var convert = quill.clipboard.convert.bind(quill.clipboard);
    quill.clipboard.convert = function (content, formats) {
      if (content && content.html) {
        say('');
        var removed = [];
        // The editor's tables have no header cells: a header row pasted stays a row of cells, not one merged.
        var html = withoutRawText(content.html, removed).replace(/<(\/?)th\b/gi, '<$1td');
        content = { html: html, text: content.text };
        if (removed.length) {
          sayToo(root.dataset.pasteRemoved.replace('{0}', removed.join(', ')));
        }
      }
      return convert(content, formats);
    };

    function keep() {
      // Quill 2.0.3 writes every space as &nbsp; in its semantic HTML: they are spaces.
      input.value = quill.getLength() > 1 ? quill.getSemanticHTML().replace(/&nbsp;/g, ' ') : '';
    }
    quill.on('text-change', function (delta, old, source) {
      if (source === 'user' || source === 'api') {
        adoptPictures();
      }
      keep();
    });
    keep();
  }

  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.rich-text'), start);
  }

  document.addEventListener('DOMContentLoaded', startAll);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', startAll);
  }
})();
