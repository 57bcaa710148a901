-- wrk: every request a new visitor (a distinct forwarded address, a browser's user agent), so every
-- request is a counted view. Addresses are only header text (nothing is sent to them). "block" is set per
-- thread by setup() and "round" comes from the command line (wrk ... -- <round>), so no two threads or
-- runs share an address.
local n = 0
local threads = 0
function setup(thread) threads = threads + 1; thread:set("block", threads) end
function init(args) round = tonumber(args[1] or "0") end
function request()
  n = n + 1
  local address = string.format("10.%d.%d.%d", round * 4 + block, math.floor(n / 256) % 256, n % 256)
  return wrk.format("GET", nil, {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    ["X-Forwarded-For"] = address})
end
