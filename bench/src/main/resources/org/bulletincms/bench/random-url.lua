-- wrk script of the delivery benchmark, the same for the product and for nginx.
-- wrk ... -s random-url.lua URL -- PATHS [LANGUAGES]
-- Each request takes a random line of PATHS (path and query) and, if LANGUAGES is given, a random line of it as
-- its Accept-Language header. Each wrk thread has its own Lua state, so each reads the lists and seeds its own
-- generator (with its number, so two threads do not send the same sequence).

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
end

local paths = {}
local languages = {}

local function lines(name)
  local list = {}
  for line in io.lines(name) do
    if line ~= "" then
      list[#list + 1] = line
    end
  end
  return list
end

function init(args)
  paths = lines(args[1])
  if args[2] then
    languages = lines(args[2])
  end
  math.randomseed(os.time() * 1000 + (number or 0))
end

function request()
  local path = paths[math.random(#paths)]
  if #languages > 0 then
    return wrk.format("GET", path, { ["Accept-Language"] = languages[math.random(#languages)] })
  end
  return wrk.format("GET", path)
end
